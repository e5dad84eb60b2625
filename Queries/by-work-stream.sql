-- title: Activities by work stream
-- description: One row per work stream, optionally for one plan year.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- totals: activities, outputs, costed_activities, cost_usd
/* Read from the activities' groups (activity_groups), summed once while loading. */
SELECT w.name AS work_stream,
       sum(g.activities) AS activities,
       count(DISTINCT g.output_seq) AS outputs,
       sum(g.costed_activities) AS costed_activities,
       sum(g.cost_milli) / 1000.0 AS cost_usd
FROM activity_groups g
JOIN outputs o ON o.seq = g.output_seq
JOIN work_streams w ON w.id = o.work_stream
WHERE :year IS NULL OR o.year = :year
GROUP BY w.name
ORDER BY w.name
