// name: single-points-of-failure
// description (sv): System och infrastruktur vars bortfall ensamt slår ut minst ett system som alla medlemmar i ett förbund använder.
// description (en): Systems and infrastructure whose failure alone takes down at least one system used by every member of a federation.
// parameters: none
// columns: id, name, label, kind
// Reads derivedSinglePointOfFailure, which the analysis engine stores on every system and infrastructure node with
// each import (the failure fixpoint with k-of-n clusters is computed in Java, not in Cypher).
MATCH (n)
WHERE (n:System OR n:Infrastructure) AND n.derivedSinglePointOfFailure = true
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, n.kind AS kind
ORDER BY id;
