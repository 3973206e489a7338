// The Model node: format version, policy, scales and the stamp that changes with every write.
MERGE (m:Model {id: 'model'})
SET m += $settings,
    m.stamp = $stamp,
    m.updated = datetime()
