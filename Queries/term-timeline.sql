-- title: Timeline of the term
-- description: Activities of the plan year with a readable time frame, by work stream, for a gantt chart.
-- param: term integer  The term's year, e.g. 2014
-- column: starts date
-- column: ends date
SELECT w.name AS section,
       substr(a.description, 1, 60) || CASE WHEN length(a.description) > 60 THEN '…' ELSE '' END AS label,
       a.start_date AS starts,
       a.end_date AS ends
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
WHERE o.year = :term
ORDER BY w.rowid, a.start_date, a.seq
