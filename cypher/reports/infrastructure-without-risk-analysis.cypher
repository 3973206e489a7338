// name: infrastructure-without-risk-analysis
// description (sv): Infrastruktur utan aktuell riskanalys: ingen riskanalys med noden i sitt omfång utförd på eller före dagen och högst policyns antal månader före den.
// description (en): Infrastructure without a current risk analysis: no risk analysis with the node in its scope performed on or before the day and no more than the policy's number of months before it.
// parameters: $asOf (date) — :param asOf => date('2026-11-29')
// columns: id, name, kind, lastAnalysis, lastPerformed
// Current by the performed date alone (nextReview is informational); calendar months as for classifications.
OPTIONAL MATCH (m:Model {id: 'model'})
WITH coalesce($asOf, date()) AS asOf, coalesce(m.riskAnalysisMaxAgeMonths, 12) AS months
MATCH (n:Infrastructure)
WHERE NOT EXISTS {
  MATCH (a:RiskAnalysis)-[:ASSESSES]->(n)
  WHERE a.performed <= asOf AND asOf <= a.performed + duration({months: months})
}
WITH n, COLLECT { MATCH (a:RiskAnalysis)-[:ASSESSES]->(n) WHERE a.performed <= asOf
                  RETURN a ORDER BY a.performed DESC, a.id LIMIT 1 }[0] AS last
RETURN n.id AS id, n.name AS name, n.kind AS kind, last.id AS lastAnalysis, last.performed AS lastPerformed
ORDER BY id;
