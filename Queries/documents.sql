-- title: Sources
-- description: The documents the data is transcribed from, oldest first, as reports cite them.
SELECT citation AS source, kind, issued_by, note
FROM documents
ORDER BY date, id
