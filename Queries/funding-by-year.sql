-- title: Funding source by year
-- description: Money by funding source (rows) and plan year (columns), with totals.
-- column: cost_usd money
-- pivot: rows=funding_source columns=year value=cost_usd
-- note: An activity's cost is divided equally among its funding sources, so the table adds up exactly to the total cost.
/* Read from stream_groups (the activities summed once while loading per output year, work stream
   and funding list), summed first per year and funding list (a few thousand rows), then
   joined with each list's members. */
WITH y AS (SELECT year, funding_list AS list, sum(cost_milli) AS cost_milli FROM stream_groups GROUP BY 1, 2)
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       y.year AS year,
       sum(y.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM y
LEFT JOIN funding_list_members f ON f.list = y.list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2
ORDER BY 1, 2
