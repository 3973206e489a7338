// Derived values the analysis engine keeps on systems and infrastructure for the Cypher reports
// (written in the same transaction as the change that affects them; null removes a value).
UNWIND $rows AS row
CALL (row) {
  MATCH (n:System {id: row.id}) RETURN n
  UNION
  MATCH (n:Infrastructure {id: row.id}) RETURN n
}
SET n += row.props
