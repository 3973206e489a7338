// Every model node with the few properties the analyses need (the in-memory projection).
MATCH (n)
WHERE n:Organisation OR n:Body OR n:Role OR n:InformationType OR n:System OR n:Infrastructure
   OR n:Risk OR n:RiskAnalysis OR n:Document OR n:Agreement
RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.ord AS ord,
       coalesce(n.kind, n.type) AS type, n.minAvailable AS minAvailable, n.holder IS NULL AS vacant,
       [n.confidentiality, n.integrity, n.availability, n.traceability] AS levels,
       n.classificationAssessed AS assessed, n.likelihood AS likelihood, n.consequence AS consequence,
       n.status AS status, n.reviewBy AS reviewBy, n.performed AS performed,
       n.validFrom AS validFrom, n.validTo AS validTo
