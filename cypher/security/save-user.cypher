MERGE (u:User {name: $name})
SET u.passwordHash = $hash, u.role = $role, u.updated = datetime()
