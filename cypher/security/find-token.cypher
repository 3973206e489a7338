MATCH (t:ApiToken {hash: $hash}) WHERE t.revoked IS NULL
RETURN t.id AS id, t.name AS name, t.role AS role
