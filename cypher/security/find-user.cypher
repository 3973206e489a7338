MATCH (u:User {name: $name}) RETURN u.name AS name, u.passwordHash AS hash, u.role AS role
