// Stages one batch of nodes of one kind for an import: under the kind's staging label ($label: _StagedSystem...),
// so that nothing in the live model sees them until the import is promoted, marked with the import.
// Returns each id with its element id. $label comes from the application's fixed list of kinds.
UNWIND $rows AS row
CREATE (n:$($label))
SET n = row, n._import = $import
RETURN n.id AS id, elementId(n) AS element
