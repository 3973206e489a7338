// The Model node: format version, policy, scales and the stamp that changes with every write; a switch that
// was under way is finished with it.
MERGE (m:Model {id: 'model'})
SET m += $settings,
    m.stamp = $stamp,
    m.updated = datetime()
REMOVE m._switching, m._switchPhase, m._pendingSettings, m._pendingStamp
