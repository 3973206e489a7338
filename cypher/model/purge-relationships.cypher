// Deletes one batch of the relationships of nodes being purged (label _Retired, or a staging label _StagedSystem...;
// $import null: of every import), so that a node with tens of thousands of relationships never makes one
// transaction large. {{label}} is filled in by the application (Cypher.load with labels), never from a user's text:
// a dynamic label in MATCH would scan every node of the database per batch. The hint keeps the planner from scanning
// every relationship of the database instead (what it chose without, for each batch).
MATCH (n:{{label}})-[r]-()
USING SCAN n:{{label}}
WHERE $import IS NULL OR n._import = $import
WITH DISTINCT r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
