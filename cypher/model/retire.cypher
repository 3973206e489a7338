// The switch of an import, first half: the live model stops being the model (its nodes are purged afterwards).
MATCH (n)
WHERE n:Organisation OR n:Body OR n:Role OR n:InformationType OR n:System OR n:Infrastructure
   OR n:Risk OR n:RiskAnalysis OR n:Document OR n:Agreement
REMOVE n:Organisation:Body:Role:InformationType:System:Infrastructure:Risk:RiskAnalysis:Document:Agreement
SET n:_Retired
