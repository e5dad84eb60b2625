-- title: Activities and money by funding source
-- description: One row per funding source; activities with none under "(not stated)".
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- totals: cost_usd
-- note: An activity's cost is divided equally among its funding sources, so the money column adds up exactly to the total cost; an activity with several sources counts once under each.
/* Read from stream_groups (the activities summed once while loading per output year, work stream
   and funding list), summed first per funding list (a few hundred rows), then joined with
   each list's members. */
WITH l AS (SELECT funding_list AS list, sum(activities) AS activities, sum(costed_activities) AS costed, sum(cost_milli) AS cost_milli
           FROM stream_groups
           WHERE :year IS NULL OR year = :year
           GROUP BY funding_list)
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       sum(l.activities) AS activities,
       sum(l.costed) AS costed_activities,
       sum(l.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM l
LEFT JOIN funding_list_members f ON f.list = l.list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2
ORDER BY 1
