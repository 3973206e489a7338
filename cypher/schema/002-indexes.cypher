// Lookups the reports and the explorer make often.
CREATE INDEX system_name IF NOT EXISTS FOR (n:System) ON (n.name);
CREATE INDEX infrastructure_kind IF NOT EXISTS FOR (n:Infrastructure) ON (n.kind);
CREATE INDEX organisation_type IF NOT EXISTS FOR (n:Organisation) ON (n.type);
CREATE INDEX risk_status IF NOT EXISTS FOR (n:Risk) ON (n.status);
CREATE INDEX apitoken_id IF NOT EXISTS FOR (n:ApiToken) ON (n.id);
// Imports stage the new model under _Staged and find it by label, not by index: an index there would be two more
// index writes per node at staging and at the switch (earlier versions created these two).
DROP INDEX staged_id IF EXISTS;
DROP INDEX staged_import IF EXISTS;
