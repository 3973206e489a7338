// name: unclassified-systems
// description (sv): System som inte är klassade: ingen egen klassning med någon nivå och ingen klassad informationsmängd som systemet behandlar.
// description (en): Systems that are not classified: no own classification with a level and no classified information type processed.
// parameters: none
// columns: id, name, category, usedBy, processes
MATCH (s:System)
WHERE s.confidentiality IS NULL AND s.integrity IS NULL AND s.availability IS NULL AND s.traceability IS NULL
  AND NOT EXISTS {
    MATCH (s)-[:PROCESSES]->(i:InformationType)
    WHERE i.confidentiality IS NOT NULL OR i.integrity IS NOT NULL
       OR i.availability IS NOT NULL OR i.traceability IS NOT NULL
  }
RETURN s.id AS id, s.name AS name, s.category AS category,
       COLLECT { MATCH (s)-[:USED_BY]->(o:Organisation) RETURN o.id ORDER BY o.id } AS usedBy,
       COLLECT { MATCH (s)-[:PROCESSES]->(i:InformationType) RETURN i.id ORDER BY i.id } AS processes
ORDER BY id;
