-- title: Working groups and task forces in the term
-- description: One row per working group or task force: who (co-)chairs or (co-)convenes it, its work stream, and how many activities of the term's plan year it carries (its work stream's and those it leads) and how many are reported delivered.
-- param: term integer  The term's year, e.g. 2014
SELECT g.name AS working_group,
       coalesce((SELECT group_concat(ag.acronym, ', ') FROM group_chairs c JOIN agencies ag ON ag.id = c.agency
                 WHERE c.working_group = g.id), '') AS chaired_by,
       coalesce(w.name, '') AS work_stream,
       count(a.id) AS activities,
       count(CASE WHEN a.status = 'delivered' THEN 1 END) AS delivered
FROM working_groups g
LEFT JOIN work_streams w ON w.id = g.work_stream
LEFT JOIN outputs o ON o.year = :term
LEFT JOIN activities a ON a.output = o.id
     AND (o.work_stream = g.work_stream OR EXISTS (SELECT 1 FROM lead_list_members l WHERE l.list = a.lead_list AND l.lead_name = g.name))
GROUP BY g.id
ORDER BY g.kind DESC, g.name
