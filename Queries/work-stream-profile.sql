-- title: Work stream
-- description: One work stream: its plan, kind, who is responsible, its objective and size.
-- param: work_stream text  The work stream id (see Data/work_streams.csv)
SELECT w.name AS work_stream, p.title AS plan, w.kind AS kind, w.responsible AS responsible, w.objective AS objective,
       (SELECT count(*) FROM outputs o WHERE o.work_stream = w.id) AS outputs,
       (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id WHERE o.work_stream = w.id) AS activities
FROM work_streams w
JOIN plans p ON p.id = w.plan
WHERE w.id = :work_stream
