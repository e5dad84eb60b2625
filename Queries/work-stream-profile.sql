-- title: Work stream
-- description: One work stream: its plan, kind, who is responsible, its objective and size, with phrases for the briefing's text.
-- param: work_stream text  The work stream id (see Data/work_streams.csv)
SELECT w.name AS work_stream, p.title AS plan, w.kind AS kind, w.responsible AS responsible, w.objective AS objective,
       (SELECT count(*) FROM outputs o WHERE o.work_stream = w.id) AS outputs,
       (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id WHERE o.work_stream = w.id) AS activities,
       (SELECT count(*) FROM outputs o WHERE o.work_stream = w.id)
           || CASE (SELECT count(*) FROM outputs o WHERE o.work_stream = w.id) WHEN 1 THEN ' output' ELSE ' outputs' END AS outputs_text,
       (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id WHERE o.work_stream = w.id)
           || CASE (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id WHERE o.work_stream = w.id)
              WHEN 1 THEN ' activity' ELSE ' activities' END AS activities_text,
       (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id WHERE o.work_stream = w.id AND a.status = 'delivered') AS delivered,
       coalesce((SELECT g.name FROM working_groups g WHERE g.work_stream = w.id LIMIT 1), '') AS carried_by,
       coalesce((SELECT group_concat(ag.acronym, ', ') FROM working_groups g JOIN group_chairs c ON c.working_group = g.id
                 JOIN agencies ag ON ag.id = c.agency WHERE g.work_stream = w.id), '') AS chaired_by
FROM work_streams w
JOIN plans p ON p.id = w.plan
WHERE w.id = :work_stream
