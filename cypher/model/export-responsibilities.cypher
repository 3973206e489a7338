MATCH (role:Role)-[r:RESPONSIBLE_FOR]->(target)
RETURN role.id AS role, target.id AS target, properties(r) AS props
ORDER BY r.ord
