// Removes the whole model (every node of the ten model labels and their relationships); users, API tokens and the
// Model node stay.
MATCH (n)
WHERE n:Organisation OR n:Body OR n:Role OR n:InformationType OR n:System OR n:Infrastructure
   OR n:Risk OR n:RiskAnalysis OR n:Document OR n:Agreement
DETACH DELETE n
