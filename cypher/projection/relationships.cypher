// Every relationship between model nodes (live, or with $staged those of one staged import), with the aspect of a
// responsibility and the order in its file list.
MATCH (a)-[r]->(b)
WHERE CASE WHEN $staged THEN a:_Staged AND a._import = $import
      ELSE a:Organisation OR a:Body OR a:Role OR a:InformationType OR a:System OR a:Infrastructure
        OR a:Risk OR a:RiskAnalysis OR a:Document OR a:Agreement END
RETURN a.id AS a, type(r) AS type, b.id AS b, r.aspect AS aspect, coalesce(r.ord, 0) AS ord
