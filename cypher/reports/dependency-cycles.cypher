// name: dependency-cycles
// description (sv): Cykler i beroendena (DEPENDS_ON): en rad per nod i en cykel, med cykelns namn (dess minsta id).
// description (en): Cycles in the dependencies (DEPENDS_ON): one row per node on a cycle, with the cycle's name (its smallest id).
// parameters: none
// columns: id, cycle, name, label
// A cycle is a strongly connected component of DEPENDS_ON with more than one node, or a node depending on itself.
// Reads derivedCycle, which the analysis engine stores on every system and infrastructure node with each import.
MATCH (n)
WHERE (n:System OR n:Infrastructure) AND n.derivedCycle IS NOT NULL
RETURN n.id AS id, n.derivedCycle AS cycle, n.name AS name, labels(n)[0] AS label
ORDER BY cycle, id;
