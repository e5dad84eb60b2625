-- title: Funding source by work stream
-- description: Money by funding source and work stream.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- totals: activities, cost_usd
-- note: An activity's cost is divided equally among its funding sources, so the money column adds up exactly to the total cost.
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       w.name AS work_stream,
       count(*) AS activities,
       sum(a.cost_usd * coalesce(f.share, 1.0)) AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
LEFT JOIN activity_funding f ON f.activity = a.id
LEFT JOIN funding_sources s ON s.id = f.funding_source
WHERE :year IS NULL OR o.year = :year
GROUP BY 1, 2
ORDER BY 1, 2
