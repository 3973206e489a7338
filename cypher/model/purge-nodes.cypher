// Deletes one batch of nodes being purged, once their relationships are gone (purge-relationships.cypher):
// the previous model's (_Retired) after a switch, or those of one kind staged by a failed or interrupted import
// (_StagedSystem...; $import null: of every import). {{label}} is filled in by the application (Cypher.load with
// labels), never from a user's text: a dynamic label in MATCH would scan every node of the database per batch.
MATCH (n:{{label}})
WHERE $import IS NULL OR n._import = $import
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
