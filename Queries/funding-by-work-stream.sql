-- title: Funding source by work stream
-- description: Money by funding source and work stream.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- totals: activities, cost_usd
-- note: An activity's cost is divided equally among its funding sources, so the money column adds up exactly to the total cost.
/* Read from stream_groups (the activities summed once while loading per output year, work stream
   and funding list), summed first per work stream and funding list, then joined with each
   list's members. */
WITH p AS (SELECT work_stream, funding_list, sum(activities) AS activities, sum(cost_milli) AS cost_milli
           FROM stream_groups
           WHERE :year IS NULL OR year = :year
           GROUP BY 1, 2)
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       w.name AS work_stream,
       sum(p.activities) AS activities,
       sum(p.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM p
JOIN work_streams w ON w.id = p.work_stream
LEFT JOIN funding_list_members f ON f.list = p.funding_list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2
ORDER BY 1, 2
