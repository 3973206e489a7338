// name: uncovered-boundaries
// description (sv): Gränsdragningar som inget giltigt avtal täcker: noder där ägarorganisationen skiljer sig från en organisation med ett annat ansvar, och beroenden A→B mellan noder utan gemensam ägarorganisation.
// description (en): Boundaries no valid agreement covers: nodes whose owner organisation differs from an organisation holding another aspect, and dependencies A→B between nodes without a shared owner organisation.
// parameters: $asOf (date) — :param asOf => date('2026-11-29')
// columns: id, name, kind, dependsOn, organisation1, organisation2
// One row per node (NODE) or dependency edge (DEPENDENCY, id = the depending node A) and pair of organisations
// (organisation1 < organisation2). Boundaries of systems and infrastructure read what the analysis engine stores
// on them with each import (derivedOwners, derivedOtherOrganisations, derivedDependencyBoundary). An agreement
// covers a boundary while valid on $asOf (open ends allowed) when both organisations are parties and it covers the
// node itself, or A or B; its type does not matter.
WITH coalesce($asOf, date()) AS asOf
CALL (asOf) {
  CALL () {
    // Node boundaries of systems and infrastructure: the engine stores each one's owner organisations
    // (derivedOwners) and the organisations holding any other aspect (derivedOtherOrganisations).
    MATCH (n)
    WHERE (n:System OR n:Infrastructure) AND n.derivedOwners IS NOT NULL AND n.derivedOtherOrganisations IS NOT NULL
    UNWIND n.derivedOwners AS x
    UNWIND n.derivedOtherOrganisations AS y
    WITH n, x, y
    WHERE x <> y
    RETURN DISTINCT n, CASE WHEN x < y THEN [x, y] ELSE [y, x] END AS pair
    UNION ALL
    // Node boundaries of information types, joined over their responsibilities.
    MATCH (owner:Role)-[:RESPONSIBLE_FOR {aspect: 'owner'}]->(n:InformationType)
    MATCH (owner)-[:IN]->(x:Organisation)
    MATCH (other:Role)-[a:RESPONSIBLE_FOR]->(n)
    WHERE a.aspect <> 'owner'
    MATCH (other)-[:IN]->(y:Organisation)
    WHERE y <> x
    RETURN DISTINCT n, CASE WHEN x.id < y.id THEN [x.id, y.id] ELSE [y.id, x.id] END AS pair
  }
  // the party lists of the valid agreements covering the node (few), then whether one has both organisations
  WITH n, pair, [(n)<-[:COVERS]-(g:Agreement)
                 WHERE (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
                 | [(g)-[:PARTY]->(p:Organisation) | p.id]] AS parties
  WHERE none(ps IN parties WHERE pair[0] IN ps AND pair[1] IN ps)
  RETURN n, 'NODE' AS kind, null AS b, pair
  UNION ALL
  // Dependency boundaries: the owner organisations of every system and infrastructure node are stored on it by the
  // analysis engine with each import (derivedOwners, sorted ids), and derivedDependencyBoundary marks the nodes
  // with at least one dependency on a node without a shared owner organisation, so only those nodes' edges are
  // visited and none needs a join over responsibilities. Each edge is matched once (a file's list of ids names
  // each at most once), and owner sets without a shared organisation give distinct pairs, so no DISTINCT is needed.
  // The party lists of the valid agreements covering A are read once per A, those covering B once per edge.
  MATCH (n)
  WHERE (n:System OR n:Infrastructure) AND n.derivedDependencyBoundary = true
  WITH asOf, n,
       [(n)<-[:COVERS]-(g:Agreement)
        WHERE (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
        | [(g)-[:PARTY]->(p:Organisation) | p.id]] AS partiesA
  MATCH (n)-[:DEPENDS_ON]->(b)
  WHERE b.derivedOwners IS NOT NULL AND none(o IN n.derivedOwners WHERE o IN b.derivedOwners)
  WITH n, b, partiesA
       + [(b)<-[:COVERS]-(g:Agreement)
          WHERE (g.validFrom IS NULL OR g.validFrom <= asOf) AND (g.validTo IS NULL OR asOf <= g.validTo)
          | [(g)-[:PARTY]->(p:Organisation) | p.id]] AS parties
  UNWIND n.derivedOwners AS x
  UNWIND b.derivedOwners AS y
  WITH n, b, x, y, parties
  WHERE none(ps IN parties WHERE x IN ps AND y IN ps)
  RETURN n, 'DEPENDENCY' AS kind, b, CASE WHEN x < y THEN [x, y] ELSE [y, x] END AS pair
}
RETURN n.id AS id, n.name AS name, kind, b.id AS dependsOn, pair[0] AS organisation1, pair[1] AS organisation2
ORDER BY id, kind DESC, dependsOn, organisation1, organisation2;
