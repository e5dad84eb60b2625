-- title: Activities by year
-- description: One row per plan year.
-- column: cost_usd money
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- totals: activities, outputs, costed_activities, cost_usd
-- column: year year
/* Read from the activities' groups (activity_groups), summed once while loading: summed first per
   output (in the groups' key order, so nothing is sorted), so a year counts its outputs' rows. */
WITH p AS (SELECT output_seq, sum(activities) AS activities, sum(costed_activities) AS costed, sum(cost_milli) AS cost_milli
           FROM activity_groups GROUP BY output_seq)
SELECT o.year AS year,
       sum(p.activities) AS activities,
       count(*) AS outputs,
       sum(p.costed) AS costed_activities,
       sum(p.cost_milli) / 1000.0 AS cost_usd
FROM p
JOIN outputs o ON o.seq = p.output_seq
GROUP BY o.year
ORDER BY o.year
