CREATE (t:ApiToken {id: $id, hash: $hash, name: $name, role: $role, createdBy: $createdBy, created: datetime()})
