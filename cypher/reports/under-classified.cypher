// name: under-classified
// description (sv): System och infrastruktur vars deklarerade klassning ligger under det härledda skyddsbehovet (det högsta av egna nivåer och allt som är beroende av noden) för någon deklarerad aspekt.
// description (en): Systems and infrastructure whose declared classification is below their derived protection need (the highest of their own levels and those of everything depending on them) on some declared aspect.
// parameters: none
// columns: id, name, label, aspects
// Reads the derived values the analysis engine stores on every system and infrastructure node with each import:
// derivedUnderClassified and derivedNeed<Aspect> (max-propagation over dependents is not done in Cypher).
MATCH (n)
WHERE (n:System OR n:Infrastructure) AND n.derivedUnderClassified = true
WITH n, [a IN [['confidentiality', n.confidentiality, n.derivedNeedConfidentiality],
               ['integrity', n.integrity, n.derivedNeedIntegrity],
               ['availability', n.availability, n.derivedNeedAvailability],
               ['traceability', n.traceability, n.derivedNeedTraceability]]
         WHERE a[1] IS NOT NULL AND a[2] IS NOT NULL AND a[2] > a[1]
         | a[0] + ' ' + toString(a[1]) + ' < ' + toString(a[2])] AS aspects
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, aspects
ORDER BY id;
