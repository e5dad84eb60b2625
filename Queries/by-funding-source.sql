-- title: Activities and money by funding source
-- description: One row per funding source; activities with none under "(not stated)".
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- totals: cost_usd
-- note: An activity's cost is divided equally among its funding sources, so the money column adds up exactly to the total cost; an activity with several sources counts once under each.
/* The members of the funding list of each activity are joined directly (the activity_funding view
   would look each activity up again by its id). */
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       count(*) AS activities,
       count(a.cost_milli) AS costed_activities,
       sum(a.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM activities a
LEFT JOIN funding_list_members f ON f.list = a.funding_list
LEFT JOIN funding_sources s ON s.id = f.funding_source
WHERE :year IS NULL OR a.output IN (SELECT id FROM outputs WHERE year = :year)
GROUP BY 1, 2
ORDER BY 1
