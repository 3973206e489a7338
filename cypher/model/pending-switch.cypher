// A switch that has begun and not finished (see begin-switch.cypher), if any.
MATCH (m:Model {id: 'model'})
WHERE m._switching IS NOT NULL
RETURN m._switching AS import, m._switchPhase AS phase, m._pendingSettings AS settings, m._pendingStamp AS stamp
