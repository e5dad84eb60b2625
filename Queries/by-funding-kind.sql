-- title: Money by kind of funding
-- description: Agency budgets, staff time (in kind), trust funds and money still to be mobilized.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- totals: cost_usd
-- note: An activity's cost is divided equally among its funding sources; an activity with sources of several kinds counts once under each kind.
/* Read from stream_groups (the activities summed once while loading per output year, work stream
   and funding list), summed first per funding list, then joined with the kinds of each
   list's sources (a list's activities count once under each of its kinds, with the shares of that
   kind's sources). */
WITH l AS (SELECT funding_list AS list, sum(activities) AS activities, sum(costed_activities) AS costed, sum(cost_milli) AS cost_milli
           FROM stream_groups
           WHERE :year IS NULL OR year = :year
           GROUP BY funding_list),
kinds AS (SELECT f.list AS list, s.kind AS kind, sum(f.share) AS share
          FROM funding_list_members f JOIN funding_sources s ON s.id = f.funding_source
          GROUP BY 1, 2)
SELECT coalesce(replace(k.kind, '-', ' '), 'not stated') AS kind,
       sum(l.activities) AS activities,
       sum(l.costed) AS costed_activities,
       sum(l.cost_milli * coalesce(k.share, 1.0)) / 1000.0 AS cost_usd
FROM l
LEFT JOIN kinds k ON k.list = l.list
GROUP BY 1
ORDER BY 1
