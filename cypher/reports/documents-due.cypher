// name: documents-due
// description (sv): Styrande dokument vars revideringsdatum (reviewBy) har passerat.
// description (en): Governing documents past their review date (reviewBy).
// parameters: $asOf (date) — :param asOf => date('2026-11-29')
// columns: id, name, type, status, reviewBy, adoptedBy
// Due when reviewBy is strictly before $asOf; a document without reviewBy is never due.
WITH coalesce($asOf, date()) AS asOf
MATCH (d:Document)
WHERE d.reviewBy < asOf
RETURN d.id AS id, d.name AS name, d.type AS type, d.status AS status, d.reviewBy AS reviewBy,
       COLLECT { MATCH (b:Body)-[:ADOPTED]->(d) RETURN b.id ORDER BY b.id }[0] AS adoptedBy
ORDER BY reviewBy, id;
