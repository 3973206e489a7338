// Creates one batch of relationships of one type between nodes created in the same transaction.
// $type comes from the application's fixed list of relationship types, never from a user.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
