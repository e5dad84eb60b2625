-- title: Outputs by year and work stream
-- description: Distinct outputs of one plan, by work stream (rows) and year (columns).
-- param: plan text = mawp-2013-2015  The plan id (see plans in Data/plans.csv)
-- column: outputs integer
-- pivot: rows=work_stream columns=year value=outputs
-- note: Outputs are counted by identity (plan year, work stream, output), never by printed number.
SELECT w.name AS work_stream, o.year AS year, count(*) AS outputs
FROM outputs o
JOIN work_streams w ON w.id = o.work_stream
WHERE o.plan = :plan
GROUP BY w.name, o.year
ORDER BY w.name, o.year
