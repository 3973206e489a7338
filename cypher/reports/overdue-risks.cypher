// name: overdue-risks
// description (sv): Risker vars uppföljningsdatum (reviewBy) har passerat; stängda risker räknas inte.
// description (en): Risks past their review date (reviewBy); closed risks do not count.
// parameters: $asOf (date) — :param asOf => date('2026-11-29')
// columns: id, name, reviewBy, status, score, owner, targets
// Overdue when reviewBy is strictly before $asOf; a risk without status is open, one without reviewBy never overdue.
WITH coalesce($asOf, date()) AS asOf
MATCH (k:Risk)
WHERE coalesce(k.status, 'open') <> 'closed' AND k.reviewBy < asOf
RETURN k.id AS id, k.name AS name, k.reviewBy AS reviewBy, coalesce(k.status, 'open') AS status,
       k.likelihood * k.consequence AS score,
       COLLECT { MATCH (r:Role)-[:OWNS_RISK]->(k) RETURN r.id ORDER BY r.id }[0] AS owner,
       COLLECT { MATCH (k)-[:THREATENS]->(t) RETURN DISTINCT t.id AS t ORDER BY t } AS targets
ORDER BY reviewBy, id;
