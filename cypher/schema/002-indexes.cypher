// API tokens are looked up by id when revoked.
CREATE INDEX apitoken_id IF NOT EXISTS FOR (n:ApiToken) ON (n.id);
// No secondary indexes on the model's labels: no report or query of the application filters on them, and every
// index is one more write per node when an import switches a model live (earlier versions created these four).
DROP INDEX system_name IF EXISTS;
DROP INDEX infrastructure_kind IF EXISTS;
DROP INDEX organisation_type IF EXISTS;
DROP INDEX risk_status IF EXISTS;
// Imports stage the new model under _Staged and find it by label, not by index: an index there would be two more
// index writes per node at staging and at the switch (earlier versions created these two).
DROP INDEX staged_id IF EXISTS;
DROP INDEX staged_import IF EXISTS;
