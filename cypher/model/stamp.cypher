MATCH (m:Model {id: 'model'}) RETURN m.stamp AS stamp
