// Deletes one batch of nodes being purged, once their relationships are gone (purge-relationships.cypher):
// the previous model's (_Retired) after a switch, or those staged by a failed or interrupted import (_Staged;
// $import null: of every import). $label is _Retired or _Staged, never a user's text.
MATCH (n:$($label))
WHERE $import IS NULL OR n._import = $import
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
