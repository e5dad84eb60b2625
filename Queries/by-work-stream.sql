-- title: Activities by work stream
-- description: One row per work stream, optionally for one plan year.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- totals: activities, outputs, costed_activities, cost_usd
SELECT w.name AS work_stream,
       count(*) AS activities,
       count(DISTINCT a.output) AS outputs,
       count(a.cost_usd) AS costed_activities,
       sum(a.cost_milli) / 1000.0 AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
WHERE :year IS NULL OR o.year = :year
GROUP BY w.name
ORDER BY w.name
