-- title: Totals
-- description: Activities, distinct outputs, costed activities and their cost, optionally for one plan year.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
SELECT count(*) AS activities,
       count(DISTINCT a.output) AS outputs,
       count(a.cost_usd) AS costed_activities,
       sum(a.cost_usd) AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
WHERE :year IS NULL OR o.year = :year
