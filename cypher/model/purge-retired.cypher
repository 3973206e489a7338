// Deletes one batch of the previous model's nodes after an import has switched live.
MATCH (n:_Retired)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
