// Stages one batch of nodes of one kind for an import: label _Staged plus the kind's label in _label, so that
// nothing in the live model sees them until the import is promoted. Returns each id with its element id.
UNWIND $rows AS row
CREATE (n:_Staged)
SET n = row, n._label = $label, n._import = $import
RETURN n.id AS id, elementId(n) AS element
