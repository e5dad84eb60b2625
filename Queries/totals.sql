-- title: Totals
-- description: Activities, distinct outputs, costed activities and their cost, optionally for one plan year.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
SELECT count(*) AS activities,
       /* outputs with an activity, found through the index on activities.output: counting the
          distinct outputs of a million activities would sort them all */
       (SELECT count(*) FROM outputs o
        WHERE (:year IS NULL OR o.year = :year) AND EXISTS (SELECT 1 FROM activities x WHERE x.output = o.id)) AS outputs,
       count(a.cost_milli) AS costed_activities,
       sum(a.cost_milli) / 1000.0 AS cost_usd
FROM activities a
WHERE :year IS NULL OR a.output IN (SELECT id FROM outputs WHERE year = :year)
