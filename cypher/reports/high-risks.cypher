// name: high-risks
// description (sv): Öppna risker (status inte closed) i det högsta konfigurerade riskbandet, en rad per risk, med sina mål.
// description (en): Open risks (status not closed) in the highest configured risk band, one row per risk, with their targets.
// parameters: none
// columns: id, name, score, band, status, owner, targets
// Score = likelihood × consequence; the last band holds the scores above the previous band's max (from the lowest
// possible score up) up to its own max, as configured on the Model node.
OPTIONAL MATCH (m:Model {id: 'model'})
WITH coalesce(m.riskBandNames, ['low', 'medium', 'high']) AS names,
     coalesce(m.riskBandMaxima, [3, 8, 16]) AS maxima,
     coalesce(m.likelihoodMin, 1) * coalesce(m.consequenceMin, 1) AS lowest
WITH names[size(names) - 1] AS band, maxima[size(maxima) - 1] AS top,
     CASE WHEN size(maxima) > 1 THEN maxima[size(maxima) - 2] + 1 ELSE lowest END AS bottom, lowest
MATCH (k:Risk)
WHERE coalesce(k.status, 'open') <> 'closed'
WITH k, k.likelihood * k.consequence AS score, band, top, bottom, lowest
WHERE score >= bottom AND score >= lowest AND score <= top
RETURN k.id AS id, k.name AS name, score, band, coalesce(k.status, 'open') AS status,
       COLLECT { MATCH (r:Role)-[:OWNS_RISK]->(k) RETURN r.id ORDER BY r.id }[0] AS owner,
       COLLECT { MATCH (k)-[:THREATENS]->(t) RETURN DISTINCT t.id AS t ORDER BY t } AS targets
ORDER BY score DESC, id;
