// The switch of an import, second phase, one batch of one kind: staged nodes become the live model — their staging
// label ({{staged}}: _StagedSystem...) becomes the kind's label ({{label}}: System...), the import mark goes ($import
// null: every staged node, as in-process where one instance imports at a time). Run for every kind until it changes
// nothing. The labels are filled in by the application (Cypher.load with labels) from its fixed list of kinds: a
// dynamic label in MATCH would scan every node of the database for each batch.
MATCH (n:{{staged}})
WHERE $import IS NULL OR n._import = $import
WITH n LIMIT $batch
SET n:{{label}}
REMOVE n:{{staged}}, n._import
RETURN count(*) AS changed
