// Every relationship of the live model, with the aspect of a responsibility and its place in the file's list.
MATCH (a)-[r]->(b)
WHERE a:Organisation OR a:Body OR a:Role OR a:InformationType OR a:System OR a:Infrastructure
   OR a:Risk OR a:RiskAnalysis OR a:Document OR a:Agreement
RETURN a.id AS a, type(r) AS type, b.id AS b, r.aspect AS aspect, coalesce(r.ord, 0) AS ord
