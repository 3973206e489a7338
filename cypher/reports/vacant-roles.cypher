// name: vacant-roles
// description (sv): Vakanta roller (ingen innehavare), en rad per roll, med vad rollen ansvarar för, vilka organ den sitter i och vilka risker den äger.
// description (en): Vacant roles (no holder), one row per role, with what the role is responsible for, the bodies it sits on and the risks it owns.
// parameters: none
// columns: id, name, organisation, responsibleFor, bodies, risks
MATCH (r:Role)
WHERE r.holder IS NULL
RETURN r.id AS id, r.name AS name,
       COLLECT { MATCH (r)-[:IN]->(o:Organisation) RETURN o.id ORDER BY o.id }[0] AS organisation,
       COLLECT { MATCH (r)-[x:RESPONSIBLE_FOR]->(t) RETURN t.id + ' (' + x.aspect + ')' AS item
                 ORDER BY t.id, CASE x.aspect WHEN 'owner' THEN 0 WHEN 'manager' THEN 1
                                  WHEN 'technical' THEN 2 ELSE 3 END } AS responsibleFor,
       COLLECT { MATCH (r)-[:SITS_ON]->(b:Body) RETURN b.id ORDER BY b.id } AS bodies,
       COLLECT { MATCH (r)-[:OWNS_RISK]->(k:Risk) RETURN k.id ORDER BY k.id } AS risks
ORDER BY id;
