// Derived values for the nodes of a staged import (see write-derived.cypher); they go live with the switch.
UNWIND $rows AS row
MATCH (n:_Staged {id: row.id})
WHERE n._import = $import
SET n += row.props
