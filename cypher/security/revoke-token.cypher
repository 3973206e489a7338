MATCH (t:ApiToken {id: $id}) WHERE t.revoked IS NULL
SET t.revoked = datetime()
RETURN count(t) AS revoked
