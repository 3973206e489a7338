// The stored properties of a batch of nodes of any kind, by id (one index seek per label).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organisation {id: id}) RETURN n
  UNION
  MATCH (n:Body {id: id}) RETURN n
  UNION
  MATCH (n:Role {id: id}) RETURN n
  UNION
  MATCH (n:InformationType {id: id}) RETURN n
  UNION
  MATCH (n:System {id: id}) RETURN n
  UNION
  MATCH (n:Infrastructure {id: id}) RETURN n
  UNION
  MATCH (n:Risk {id: id}) RETURN n
  UNION
  MATCH (n:RiskAnalysis {id: id}) RETURN n
  UNION
  MATCH (n:Document {id: id}) RETURN n
  UNION
  MATCH (n:Agreement {id: id}) RETURN n
}
RETURN n.id AS id, properties(n) AS props
