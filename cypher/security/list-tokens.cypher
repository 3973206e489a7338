MATCH (t:ApiToken)
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdBy AS createdBy, toString(t.created) AS created,
       toString(t.revoked) AS revoked
ORDER BY t.created
