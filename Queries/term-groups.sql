-- title: Working groups and task forces in the term
-- description: For each working group and task force, the activities of its work stream in the plan year and those it leads elsewhere, with reported status.
-- param: term integer  The term's year, e.g. 2014
SELECT g.name AS working_group,
       o.title AS output,
       a.description AS activity,
       a.timeframe_text AS time_frame,
       CASE WHEN a.status = '' THEN 'not reported' ELSE a.status END AS status,
       a.status_note AS status_note
FROM working_groups g
JOIN outputs o ON o.year = :term
JOIN activities a ON a.output = o.id
WHERE o.work_stream = g.work_stream
   OR EXISTS (SELECT 1 FROM lead_list_members l WHERE l.list = a.lead_list AND l.lead_name = g.name)
ORDER BY g.kind DESC, g.name, o.seq, a.seq
