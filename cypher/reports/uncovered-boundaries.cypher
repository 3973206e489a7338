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
    MATCH (n)<-[:COVERS]-(g:Agreement)-[:PARTY]->(o1)
    WHERE (g)-[:PARTY]->(o2)
      AND (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
  }
  RETURN n, 'NODE' AS kind, null AS b, o1, o2
  UNION
  // Start from owner responsibilities: only nodes with owners can have dependency boundaries.
  MATCH (ra:Role)-[:RESPONSIBLE_FOR {aspect: 'owner'}]->(n)-[:DEPENDS_ON]->(b)<-[:RESPONSIBLE_FOR {aspect: 'owner'}]-(rb:Role)
  MATCH (ra)-[:IN]->(x:Organisation)
  MATCH (rb)-[:IN]->(y:Organisation)
  WITH asOf, n, b, collect(DISTINCT x) AS ownersA, collect(DISTINCT y) AS ownersB
  WHERE none(o IN ownersA WHERE o IN ownersB)
  UNWIND ownersA AS x
  UNWIND ownersB AS y
  WITH DISTINCT asOf, n, b, CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS pair
  WITH asOf, n, b, pair[0] AS o1, pair[1] AS o2
  WHERE NOT EXISTS {
    MATCH (n)<-[:COVERS]-(g:Agreement)-[:PARTY]->(o1)
    WHERE (g)-[:PARTY]->(o2)
      AND (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
  } AND NOT EXISTS {
    MATCH (b)<-[:COVERS]-(g:Agreement)-[:PARTY]->(o1)
    WHERE (g)-[:PARTY]->(o2)
      AND (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
  }
  RETURN n, 'DEPENDENCY' AS kind, b, o1, o2
}
RETURN n.id AS id, n.name AS name, kind, b.id AS dependsOn, o1.id AS organisation1, o2.id AS organisation2
ORDER BY id, kind DESC, dependsOn, organisation1, organisation2;
