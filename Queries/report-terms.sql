-- title: Terms with activities
-- description: Chair terms that have plan activities: one annual report each.
SELECT DISTINCT t.term AS term
FROM chair_terms t
WHERE EXISTS (SELECT 1 FROM outputs o JOIN activities a ON a.output = o.id WHERE o.year = t.term)
ORDER BY t.term
