// The switch of a large import moves to its next phase (retire, then promote).
MATCH (m:Model {id: 'model'})
SET m._switchPhase = $phase
