-- title: Work streams
-- description: The work streams of every plan, with their objective (one briefing each).
SELECT w.id AS id, w.name AS work_stream, p.title AS plan, w.kind AS kind, w.responsible AS responsible, w.objective AS objective,
       (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id WHERE o.work_stream = w.id) AS activities
FROM work_streams w
JOIN plans p ON p.id = w.plan
ORDER BY p.start_year, w.rowid
