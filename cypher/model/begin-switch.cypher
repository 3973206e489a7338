// The switch of a large import begins: from this commit on the new model is the model, and the switch is finished
// by whoever finds this mark (the importing instance, or any instance at its next start). Other instances wait
// while it is set. $import is the import's id, '*' for an in-process import (every staged node).
MERGE (m:Model {id: 'model'})
SET m._switching = $import,
    m._switchPhase = 'retire',
    m._pendingSettings = $settings,
    m._pendingStamp = $stamp
