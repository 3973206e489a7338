// name: responsibility-gaps
// description (sv): Ansvarsluckor: ett obligatoriskt ansvar som ingen roll har (MISSING), som bara vakanta roller har (VACANT), eller ägarskap hos roller i mer än en organisation (CONFLICT).
// description (en): Responsibility gaps: a required aspect no role holds (MISSING), held only by vacant roles (VACANT), or ownership held by roles in more than one organisation (CONFLICT).
// parameters: none
// columns: id, name, label, aspect, problem, roles
// Required aspects: System owner, manager, operations; Infrastructure owner, operations; InformationType owner.
// CONFLICT looks at the owner aspect only and counts vacant roles too; technical is never required.
CALL () {
  MATCH (n)
  WHERE n:System OR n:Infrastructure OR n:InformationType
  UNWIND CASE WHEN n:System THEN ['owner', 'manager', 'operations']
              WHEN n:Infrastructure THEN ['owner', 'operations']
              ELSE ['owner'] END AS aspect
  WITH n, aspect,
       COLLECT { MATCH (r:Role)-[:RESPONSIBLE_FOR {aspect: aspect}]->(n) RETURN DISTINCT r ORDER BY r.id } AS holders
  WITH n, aspect, holders,
       CASE WHEN size(holders) = 0 THEN 'MISSING'
            WHEN all(r IN holders WHERE r.holder IS NULL) THEN 'VACANT' END AS problem
  WHERE problem IS NOT NULL
  RETURN n, aspect, problem, [r IN holders | r.id] AS roles
  UNION ALL
  MATCH (n)
  WHERE n:System OR n:Infrastructure OR n:InformationType
  WITH n, COLLECT { MATCH (r:Role)-[:RESPONSIBLE_FOR {aspect: 'owner'}]->(n)
                    MATCH (r)-[:IN]->(o:Organisation) RETURN DISTINCT o.id } AS organisations
  WHERE size(organisations) > 1
  RETURN n, 'owner' AS aspect, 'CONFLICT' AS problem,
         COLLECT { MATCH (r:Role)-[:RESPONSIBLE_FOR {aspect: 'owner'}]->(n) RETURN DISTINCT r.id AS id ORDER BY id }
           AS roles
}
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, aspect, problem, roles
ORDER BY id, CASE aspect WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 WHEN 'technical' THEN 2 ELSE 3 END, problem;
