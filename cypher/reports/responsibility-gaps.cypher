// name: responsibility-gaps
// description (sv): Ansvarsluckor: ett obligatoriskt ansvar som ingen roll har (MISSING), som bara vakanta roller har (VACANT), eller ägarskap hos roller i mer än en organisation (CONFLICT).
// description (en): Responsibility gaps: a required aspect no role holds (MISSING), held only by vacant roles (VACANT), or ownership held by roles in more than one organisation (CONFLICT).
// parameters: none
// columns: id, name, label, aspect, problem, roles
// Required aspects: System owner, manager, operations; Infrastructure owner, operations; InformationType owner.
// CONFLICT looks at the owner aspect only and counts vacant roles too; technical is never required.
// Each node's responsibilities are read once (one expansion per node, not one per required aspect).
CALL () {
  MATCH (n)
  WHERE n:System OR n:Infrastructure OR n:InformationType
  // every responsibility held for the node, read once: [aspect, role id, vacant, organisation of an owner]
  WITH n, COLLECT {
    MATCH (r:Role)-[a:RESPONSIBLE_FOR]->(n)
    WITH DISTINCT a.aspect AS aspect, r
    ORDER BY r.id
    RETURN [aspect, r.id, r.holder IS NULL,
            CASE WHEN aspect = 'owner' THEN [(r)-[:IN]->(o:Organisation) | o.id][0] END]
  } AS held
  CALL (n, held) {
    UNWIND CASE WHEN n:System THEN ['owner', 'manager', 'operations']
                WHEN n:Infrastructure THEN ['owner', 'operations']
                ELSE ['owner'] END AS aspect
    WITH aspect, [h IN held WHERE h[0] = aspect] AS holders
    WITH aspect, holders,
         CASE WHEN size(holders) = 0 THEN 'MISSING'
              WHEN all(h IN holders WHERE h[2]) THEN 'VACANT' END AS problem
    WHERE problem IS NOT NULL
    RETURN aspect, problem, [h IN holders | h[1]] AS roles
    UNION ALL
    WITH [h IN held WHERE h[0] = 'owner'] AS owners
    WITH owners, reduce(seen = [], h IN owners |
                        CASE WHEN h[3] IS NULL OR h[3] IN seen THEN seen ELSE seen + h[3] END) AS organisations
    WHERE size(organisations) > 1
    RETURN 'owner' AS aspect, 'CONFLICT' AS problem, [h IN owners | h[1]] AS roles
  }
  RETURN n, aspect, problem, roles
}
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, aspect, problem, roles
ORDER BY id, CASE aspect WHEN 'owner' THEN 0 WHEN 'manager' THEN 1 WHEN 'technical' THEN 2 ELSE 3 END, problem;
