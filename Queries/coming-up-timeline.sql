-- title: Coming up (timeline)
-- description: Activities overlapping a date window, by work stream, for a gantt chart, with whether their date is tentative.
-- param: from date  First day of the window
-- param: to date  Last day of the window
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
WHERE a.start_date <= :to AND a.end_date >= :from
ORDER BY w.rowid, a.start_date, a.seq
