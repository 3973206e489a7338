// Every model node with the few properties the analyses need (the in-memory projection): the live model, or
// with $staged the nodes an import has staged (their kind is in _label until the switch).
MATCH (n)
WHERE CASE WHEN $staged THEN n:_Staged AND n._import = $import
      ELSE n:Organisation OR n:Body OR n:Role OR n:InformationType OR n:System OR n:Infrastructure
        OR n:Risk OR n:RiskAnalysis OR n:Document OR n:Agreement END
RETURN n.id AS id, coalesce(n._label, head(labels(n))) AS label, labels(n) AS labels, n.name AS name, n.ord AS ord,
       coalesce(n.kind, n.type) AS type, n.minAvailable AS minAvailable, n.holder IS NULL AS vacant,
       [n.confidentiality, n.integrity, n.availability, n.traceability] AS levels,
       n.classificationAssessed AS assessed, n.likelihood AS likelihood, n.consequence AS consequence,
       n.status AS status, n.reviewBy AS reviewBy, n.performed AS performed,
       n.validFrom AS validFrom, n.validTo AS validTo
