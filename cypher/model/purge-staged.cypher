// Deletes one batch of nodes staged by a failed or interrupted import ($import null: of every import).
MATCH (n:_Staged)
WHERE $import IS NULL OR n._import = $import
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
