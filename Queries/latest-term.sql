-- title: Latest term
-- description: The latest confirmed chair term that has plan activities (the default of the annual report).
SELECT max(t.term) AS term
FROM chair_terms t
WHERE t.status = 'confirmed'
  AND EXISTS (SELECT 1 FROM outputs o JOIN activities a ON a.output = o.id WHERE o.year = t.term)
