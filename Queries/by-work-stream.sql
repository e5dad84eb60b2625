-- title: Activities by work stream
-- description: One row per work stream, optionally for one plan year.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- totals: activities, outputs, costed_activities, cost_usd
/* Read from the activities' groups summed per output (the view output_sums, over activity_groups,
   summed once while loading; nothing is sorted), so a work stream counts its outputs' rows. */
SELECT w.name AS work_stream,
       sum(p.activities) AS activities,
       count(*) AS outputs,
       sum(p.costed_activities) AS costed_activities,
       sum(p.cost_milli) / 1000.0 AS cost_usd
FROM output_sums p
JOIN outputs o ON o.seq = p.output_seq
JOIN work_streams w ON w.id = o.work_stream
WHERE :year IS NULL OR o.year = :year
GROUP BY w.name
ORDER BY w.name
