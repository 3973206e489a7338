// Creates one batch of nodes of one label; returns each id with its element id for linking in the same transaction.
// $label comes from the application's fixed list of labels, never from a user.
UNWIND $rows AS row
CREATE (n:$($label))
SET n = row
RETURN n.id AS id, elementId(n) AS element
