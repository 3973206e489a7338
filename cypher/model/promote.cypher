// The switch of an import, one transaction with retire.cypher: the staged nodes become the live model. (Their
// _label and _import marks are removed afterwards in batches by unmark.cypher, to keep this transaction small.)
MATCH (n:_Staged {_import: $import})
SET n:$(n._label)
REMOVE n:_Staged
