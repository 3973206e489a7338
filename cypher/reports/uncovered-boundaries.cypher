// name: uncovered-boundaries
// description (sv): Gränsdragningar som inget giltigt avtal täcker: noder där ägarorganisationen skiljer sig från en organisation med ett annat ansvar, och beroenden A→B mellan noder utan gemensam ägarorganisation.
// description (en): Boundaries no valid agreement covers: nodes whose owner organisation differs from an organisation holding another aspect, and dependencies A→B between nodes without a shared owner organisation.
// parameters: $asOf (date) — :param asOf => date('2026-11-29')
// columns: id, name, kind, dependsOn, organisation1, organisation2
// One row per node (NODE) or dependency edge (DEPENDENCY, id = the depending node A) and pair of organisations
// (organisation1 < organisation2). An agreement covers a boundary while valid on $asOf (open ends allowed) when
// both organisations are parties and it covers the node itself, or A or B; its type does not matter.
WITH coalesce($asOf, date()) AS asOf
CALL (asOf) {
  MATCH (owner:Role)-[:RESPONSIBLE_FOR {aspect: 'owner'}]->(n)
  MATCH (owner)-[:IN]->(x:Organisation)
  MATCH (other:Role)-[a:RESPONSIBLE_FOR]->(n)
  WHERE a.aspect <> 'owner'
  MATCH (other)-[:IN]->(y:Organisation)
  WHERE y <> x
  WITH DISTINCT asOf, n, CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS pair
  WITH asOf, n, pair[0] AS o1, pair[1] AS o2
  WHERE NOT EXISTS {
    MATCH (g:Agreement)-[:COVERS]->(n)
    WHERE (g)-[:PARTY]->(o1) AND (g)-[:PARTY]->(o2)
      AND (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
  }
  RETURN n, 'NODE' AS kind, null AS b, o1, o2
  UNION
  MATCH (n)-[:DEPENDS_ON]->(b)
  WITH DISTINCT asOf, n, b
  WITH asOf, n, b,
       COLLECT { MATCH (r:Role)-[:RESPONSIBLE_FOR {aspect: 'owner'}]->(n) MATCH (r)-[:IN]->(o:Organisation)
                 RETURN DISTINCT o } AS ownersA,
       COLLECT { MATCH (r:Role)-[:RESPONSIBLE_FOR {aspect: 'owner'}]->(b) MATCH (r)-[:IN]->(o:Organisation)
                 RETURN DISTINCT o } AS ownersB
  WHERE size(ownersA) > 0 AND size(ownersB) > 0 AND none(o IN ownersA WHERE o IN ownersB)
  UNWIND ownersA AS x
  UNWIND ownersB AS y
  WITH DISTINCT asOf, n, b, CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS pair
  WITH asOf, n, b, pair[0] AS o1, pair[1] AS o2
  WHERE NOT EXISTS {
    MATCH (g:Agreement)-[:COVERS]->(c)
    WHERE (c = n OR c = b) AND (g)-[:PARTY]->(o1) AND (g)-[:PARTY]->(o2)
      AND (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
  }
  RETURN n, 'DEPENDENCY' AS kind, b, o1, o2
}
RETURN n.id AS id, n.name AS name, kind, b.id AS dependsOn, o1.id AS organisation1, o2.id AS organisation2
ORDER BY id, kind DESC, dependsOn, organisation1, organisation2;
