// Stages one batch of relationships of one type between nodes staged by the same import.
// Each row is [element id of the start node, element id of the end node, properties].
// $type comes from the application's fixed list of relationship types, never from a user.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row[0]
MATCH (b) WHERE elementId(b) = row[1]
CREATE (a)-[r:$($type)]->(b)
SET r = row[2]
