-- title: Funding source by lead agency
-- description: Money by funding source and lead agency: the split cost of each activity, counted for each of its leads.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: The cost is split equally among funding sources, then counted in full for each lead agency, so rows of one source may add up to more than its split cost.
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(l.lead_name, 'no lead named') AS agency,
       count(*) AS activities,
       sum(a.cost_usd * coalesce(f.share, 1.0)) AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
LEFT JOIN activity_funding f ON f.activity = a.id
LEFT JOIN funding_sources s ON s.id = f.funding_source
LEFT JOIN activity_leads l ON l.activity = a.id
WHERE :year IS NULL OR o.year = :year
GROUP BY 1, 2
ORDER BY 1, 2
