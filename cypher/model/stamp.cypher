// The model's version stamp, and whether an import is switching the model right now.
MATCH (m:Model {id: 'model'}) RETURN m.stamp AS stamp, m._switching IS NOT NULL AS switching
