-- title: Activities by year
-- description: One row per plan year.
-- column: cost_usd money
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- totals: activities, outputs, costed_activities, cost_usd
-- column: year year
/* Read from the activities' groups summed per output (the view output_sums, over activity_groups,
   summed once while loading; nothing is sorted), so a year counts its outputs' rows. */
SELECT o.year AS year,
       sum(p.activities) AS activities,
       count(*) AS outputs,
       sum(p.costed_activities) AS costed_activities,
       sum(p.cost_milli) / 1000.0 AS cost_usd
FROM output_sums p
JOIN outputs o ON o.seq = p.output_seq
GROUP BY o.year
ORDER BY o.year
