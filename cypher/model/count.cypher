MATCH (n)
WHERE n:Organisation OR n:Body OR n:Role OR n:InformationType OR n:System OR n:Infrastructure
   OR n:Risk OR n:RiskAnalysis OR n:Document OR n:Agreement
RETURN count(n) AS nodes
