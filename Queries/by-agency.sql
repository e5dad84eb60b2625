-- title: Activities by lead agency
-- description: One row per lead (agency, working group or role); activities whose documents name no lead under "no lead named".
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: An activity with several lead agencies counts once for each of them, with its full cost (lead cost), so these figures may add up to more than the totals.
-- note: Where the lead is "the GMG Chair", the chair of the time (from the chair terms) is the lead.
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
/* The members of the lead list of each activity are joined directly (the activity_leads view would look
   each activity up again by its id); costs are summed exactly in thousandths of a dollar. */
SELECT coalesce(l.lead_name, 'no lead named') AS agency,
       count(*) AS activities,
       count(DISTINCT a.output) AS outputs,
       count(a.cost_milli) AS costed_activities,
       sum(a.cost_milli) / 1000.0 AS cost_usd
FROM activities a
LEFT JOIN lead_list_members l ON l.list = a.lead_list
WHERE :year IS NULL OR a.output IN (SELECT id FROM outputs WHERE year = :year)
GROUP BY 1
ORDER BY 1
