// Every relationship between model nodes, with the aspect of a responsibility and the order in its file list.
MATCH (a)-[r]->(b)
WHERE NOT a:Model AND NOT a:User AND NOT a:ApiToken
RETURN a.id AS a, type(r) AS type, b.id AS b, r.aspect AS aspect, coalesce(r.ord, 0) AS ord
