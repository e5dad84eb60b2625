-- title: Funding source by lead agency
-- description: Money by funding source and lead agency: the split cost of each activity, counted for each of its leads.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: The cost is split equally among funding sources, then counted in full for each lead agency, so rows of one source may add up to more than its split cost.
/* Read from lead_groups (the activities summed once while loading per output year, work stream,
   lead named in their lead list, each once, and funding list), summed first per lead and funding
   list, then joined with each list's members. */
WITH p AS (SELECT lead_name, funding_list, sum(activities) AS activities, sum(cost_milli) AS cost_milli
           FROM lead_groups
           WHERE :year IS NULL OR year = :year
           GROUP BY 1, 2)
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(p.lead_name, 'no lead named') AS agency,
       sum(p.activities) AS activities,
       sum(p.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM p
LEFT JOIN funding_list_members f ON f.list = p.funding_list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2
ORDER BY 1, 2
