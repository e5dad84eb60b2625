-- title: Activities by lead agency
-- description: One row per lead (agency, working group or role); activities whose documents name no lead under "no lead named".
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: An activity with several lead agencies counts once for each of them, with its full cost (lead cost), so these figures may add up to more than the totals.
-- note: Where the lead is "the GMG Chair", the chair of the time (from the chair terms) is the lead.
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
/* Read from the activities' groups (activity_groups, one row per output, lead list and funding
   list) joined with the members of each group's lead list; costs are summed exactly in thousandths
   of a dollar. */
SELECT coalesce(l.lead_name, 'no lead named') AS agency,
       sum(g.activities) AS activities,
       count(DISTINCT g.output_seq) AS outputs,
       sum(g.costed_activities) AS costed_activities,
       sum(g.cost_milli) / 1000.0 AS cost_usd
FROM activity_groups g
LEFT JOIN lead_list_members l ON l.list = g.lead_list
WHERE :year IS NULL OR g.output_seq IN (SELECT seq FROM outputs WHERE year = :year)
GROUP BY 1
ORDER BY 1
