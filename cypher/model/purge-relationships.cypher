// Deletes one batch of the relationships of nodes being purged (label _Retired or _Staged; $import null: of every
// import), so that a node with tens of thousands of relationships never makes one transaction large.
// $label is _Retired or _Staged, never a user's text.
MATCH (n:$($label))-[r]-()
WHERE $import IS NULL OR n._import = $import
WITH DISTINCT r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
