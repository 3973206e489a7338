// Every node of the live model with the few properties the analyses need (the in-memory projection).
MATCH (n)
WHERE n:Organisation OR n:Body OR n:Role OR n:InformationType OR n:System OR n:Infrastructure
   OR n:Risk OR n:RiskAnalysis OR n:Document OR n:Agreement
RETURN head([label IN labels(n) WHERE label IN ['Organisation', 'Body', 'Role', 'InformationType', 'System',
         'Infrastructure', 'Risk', 'RiskAnalysis', 'Document', 'Agreement']]) AS label,
       n {.id, .ord, .name, .type, .kind, .minAvailable, .holder, .confidentiality, .integrity, .availability,
          .traceability, .classificationAssessed, .likelihood, .consequence, .status, .reviewBy, .performed,
          .validFrom, .validTo} AS props
