-- title: Activities by year
-- description: One row per plan year.
-- column: cost_usd money
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- totals: activities, outputs, costed_activities, cost_usd
-- column: year year
SELECT o.year AS year,
       count(*) AS activities,
       count(DISTINCT a.output) AS outputs,
       count(a.cost_usd) AS costed_activities,
       sum(a.cost_milli) / 1000.0 AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
GROUP BY o.year
ORDER BY o.year
