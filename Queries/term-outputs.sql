-- title: Outputs of the chair term
-- description: Every output of the plan year of a chair term, with its number of activities and how many are reported delivered.
-- param: term integer  The term's year, e.g. 2014
-- totals: activities, delivered
SELECT w.name AS work_stream,
       o.printed_number AS number,
       o.title AS output,
       CASE o.deliverable WHEN 'joint' THEN 'joint GMG' WHEN 'group' THEN 'working group / task force' ELSE '' END AS deliverable,
       count(a.id) AS activities,
       count(CASE WHEN a.status = 'delivered' THEN 1 END) AS delivered
FROM outputs o
JOIN work_streams w ON w.id = o.work_stream
LEFT JOIN activities a ON a.output = o.id
WHERE o.year = :term
GROUP BY o.id
ORDER BY o.plan, w.rowid, o.seq
