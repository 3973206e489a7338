// The switch of an import, one transaction with retire.cypher: the staged nodes become the live model.
MATCH (n:_Staged {_import: $import})
SET n:$(n._label)
REMOVE n:_Staged, n._label, n._import
