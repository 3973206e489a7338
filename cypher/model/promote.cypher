// The switch of an import, second phase, one batch: staged nodes become the live model, their kind's label from
// their _label mark ($import null: every staged node, as in-process where one instance imports at a time).
MATCH (n:_Staged)
WHERE $import IS NULL OR n._import = $import
WITH n LIMIT $batch
SET n:$(n._label)
REMOVE n:_Staged, n._label, n._import
RETURN count(*) AS changed
