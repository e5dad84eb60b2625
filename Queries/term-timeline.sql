-- title: Timeline of the term
-- description: Activities of the plan year with a readable time frame, by work stream, for a gantt chart: the printed number and the start of the description, and whether the date is tentative.
-- param: term integer  The term's year, e.g. 2014
-- column: starts date
-- column: ends date
SELECT w.name AS section,
       CASE WHEN a.printed_number = '' THEN '' ELSE a.printed_number || ' ' END
           || CASE WHEN length(a.description) <= 48 THEN a.description
            ELSE coalesce(nullif(rtrim(rtrim(substr(a.description, 1, 49), replace(substr(a.description, 1, 49), ' ', '')), ' ,;:–-.'), ''),
                          substr(a.description, 1, 48)) || '…' END AS label,
       a.start_date AS starts,
       a.end_date AS ends,
       a.tentative AS tentative
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
WHERE o.year = :term
ORDER BY w.rowid, o.seq, a.seq
