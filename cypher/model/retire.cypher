// The switch of an import, first phase, one batch: nodes of the live model stop being the model (their labels
// become _Retired; they are purged afterwards). Repeated until it changes nothing, before any staged node is
// promoted, so that ids never meet twice under one label.
MATCH (n)
WHERE n:Organisation OR n:Body OR n:Role OR n:InformationType OR n:System OR n:Infrastructure
   OR n:Risk OR n:RiskAnalysis OR n:Document OR n:Agreement
WITH n LIMIT $batch
REMOVE n:Organisation:Body:Role:InformationType:System:Infrastructure:Risk:RiskAnalysis:Document:Agreement
SET n:_Retired
RETURN count(*) AS changed
