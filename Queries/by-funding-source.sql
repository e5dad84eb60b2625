-- title: Activities and money by funding source
-- description: One row per funding source; activities with none under "(not stated)".
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- totals: cost_usd
-- note: An activity's cost is divided equally among its funding sources, so the money column adds up exactly to the total cost; an activity with several sources counts once under each.
/* Read from the activities' groups (activity_groups, one row per output, lead list and funding
   list) joined with the members of each group's funding list. */
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       sum(g.activities) AS activities,
       sum(g.costed_activities) AS costed_activities,
       sum(g.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM activity_groups g
LEFT JOIN funding_list_members f ON f.list = g.funding_list
LEFT JOIN funding_sources s ON s.id = f.funding_source
WHERE :year IS NULL OR g.output_seq IN (SELECT seq FROM outputs WHERE year = :year)
GROUP BY 1, 2
ORDER BY 1
