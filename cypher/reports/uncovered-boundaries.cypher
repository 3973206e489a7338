// name: uncovered-boundaries
// description (sv): Gränsdragningar som inget giltigt avtal täcker: noder där ägarorganisationen skiljer sig från en organisation med ett annat ansvar, och beroenden A→B mellan noder utan gemensam ägarorganisation.
// description (en): Boundaries no valid agreement covers: nodes whose owner organisation differs from an organisation holding another aspect, and dependencies A→B between nodes without a shared owner organisation.
// parameters: $asOf (date) — :param asOf => date('2026-11-29')
// columns: id, name, kind, dependsOn, organisation1, organisation2
// One row per node (NODE) or dependency edge (DEPENDENCY, id = the depending node A) and pair of organisations
// (organisation1 < organisation2). Dependency boundaries read the owner organisations that the analysis engine
// stores on systems and infrastructure (derivedOwners). An agreement covers a boundary while valid on $asOf (open
// ends allowed) when both organisations are parties and it covers the node itself, or A or B; its type does not
// matter.
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
  // the valid agreements covering the node (few), then whether one has both organisations as parties
  WITH n, o1, o2, [(n)<-[:COVERS]-(g:Agreement)
                   WHERE (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
                   | g] AS covering
  WHERE none(g IN covering WHERE (g)-[:PARTY]->(o1) AND (g)-[:PARTY]->(o2))
  RETURN n, 'NODE' AS kind, null AS b, o1, o2
  UNION
  // Dependency boundaries: the owner organisations of every system and infrastructure node are stored on it by the
  // analysis engine with each import (derivedOwners, sorted ids), so the edges need no join over responsibilities.
  MATCH (n)-[:DEPENDS_ON]->(b)
  WHERE (n:System OR n:Infrastructure) AND n.derivedOwners IS NOT NULL AND b.derivedOwners IS NOT NULL
    AND none(o IN n.derivedOwners WHERE o IN b.derivedOwners)
  WITH DISTINCT asOf, n, b
  UNWIND n.derivedOwners AS x
  UNWIND b.derivedOwners AS y
  WITH DISTINCT asOf, n, b, CASE WHEN x < y THEN [x, y] ELSE [y, x] END AS pair
  MATCH (o1:Organisation {id: pair[0]})
  MATCH (o2:Organisation {id: pair[1]})
  WITH n, b, o1, o2,
       [(n)<-[:COVERS]-(g:Agreement)
        WHERE (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo) | g]
       + [(b)<-[:COVERS]-(g:Agreement)
          WHERE (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo) | g]
       AS covering
  WHERE none(g IN covering WHERE (g)-[:PARTY]->(o1) AND (g)-[:PARTY]->(o2))
  RETURN n, 'DEPENDENCY' AS kind, b, o1, o2
}
RETURN n.id AS id, n.name AS name, kind, b.id AS dependsOn, o1.id AS organisation1, o2.id AS organisation2
ORDER BY id, kind DESC, dependsOn, organisation1, organisation2;
