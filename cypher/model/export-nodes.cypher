// All nodes of one label in file order, with their outgoing relationships and the incoming ones that the file
// writes on this side (a body's members, a risk's owner, a document's adoptedBy).
// With each reference its target's labels and place in the file: the export lists references in the order their
// targets are declared. {{label}} is filled in by the application from its fixed list of kinds (Cypher.load with
// labels), never from a user: a dynamic label in MATCH would scan every node of the database.
MATCH (n:{{label}})
RETURN properties(n) AS props,
       [(n)-[r]->(t) WHERE type(r) <> 'RESPONSIBLE_FOR'
          | {type: type(r), id: t.id, labels: labels(t), ord: t.ord}] AS out,
       [(n)<-[r:SITS_ON|OWNS_RISK|ADOPTED]-(s) | {type: type(r), id: s.id, labels: labels(s), ord: s.ord}] AS incoming
ORDER BY n.ord
