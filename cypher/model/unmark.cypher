// After a switch: removes the staging marks (_label, _import) from the live model, committing every 5000 nodes.
// Runs in an auto-commit transaction (CALL ... IN TRANSACTIONS).
MATCH (n)
WHERE n._import IS NOT NULL AND NOT n:_Staged
CALL (n) {
  REMOVE n._label, n._import
} IN TRANSACTIONS OF 5000 ROWS
