-- title: Activities by lead agency
-- description: One row per lead (agency, working group or role); activities whose documents name no lead under "no lead named".
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: An activity with several lead agencies counts once for each of them, with its full cost (lead cost), so these figures may add up to more than the totals.
-- note: Where the lead is "the GMG Chair", the chair of the time (from the chair terms) is the lead.
SELECT coalesce(l.lead_name, 'no lead named') AS agency,
       count(*) AS activities,
       count(DISTINCT a.output) AS outputs,
       count(a.cost_usd) AS costed_activities,
       coalesce(sum(a.cost_usd), 0.0) AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
LEFT JOIN activity_leads l ON l.activity = a.id
WHERE :year IS NULL OR o.year = :year
GROUP BY 1
ORDER BY 1
