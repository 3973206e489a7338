// name: stale-classifications
// description (sv): Egna klassningar (system, infrastruktur, informationsmängder) som är inaktuella: bedömda för mer än policyns antal månader sedan, eller utan bedömningsdatum.
// description (en): Own classifications (systems, infrastructure, information types) that are stale: assessed more than the policy's number of months ago, or without an assessed date.
// parameters: $asOf (date) — :param asOf => date('2026-11-29')
// columns: id, name, label, assessed, reassessBy
// A classification counts only when it gives at least one level. Calendar months: assessed + N months is the last
// day it is current (the month's last day where that day does not exist); exactly N months old is not stale.
OPTIONAL MATCH (m:Model {id: 'model'})
WITH coalesce($asOf, date()) AS asOf, coalesce(m.classificationMaxAgeMonths, 24) AS months
MATCH (n)
WHERE (n:System OR n:Infrastructure OR n:InformationType)
  AND (n.confidentiality IS NOT NULL OR n.integrity IS NOT NULL
       OR n.availability IS NOT NULL OR n.traceability IS NOT NULL)
WITH n, n.classificationAssessed + duration({months: months}) AS reassessBy, asOf
WHERE reassessBy IS NULL OR reassessBy < asOf
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label, n.classificationAssessed AS assessed, reassessBy
ORDER BY id;
