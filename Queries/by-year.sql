-- title: Activities by year
-- description: One row per plan year.
-- column: cost_usd money
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- totals: activities, outputs, costed_activities, cost_usd
-- column: year year
/* Read from the activities' groups (activity_groups), summed once while loading. */
SELECT o.year AS year,
       sum(g.activities) AS activities,
       count(DISTINCT g.output_seq) AS outputs,
       sum(g.costed_activities) AS costed_activities,
       sum(g.cost_milli) / 1000.0 AS cost_usd
FROM activity_groups g
JOIN outputs o ON o.seq = g.output_seq
GROUP BY o.year
ORDER BY o.year
