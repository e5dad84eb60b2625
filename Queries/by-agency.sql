-- title: Activities by lead agency
-- description: One row per lead (agency, working group or role); activities whose documents name no lead under "no lead named".
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
-- note: An activity with several lead agencies counts once for each of them, with its full cost (lead cost), so these figures may add up to more than the totals.
-- note: Where the lead is "the GMG Chair", the chair of the time (from the chair terms) is the lead.
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
/* Read from lead_streams (the activities summed once while loading per output year, work stream and
   lead named in their lead list, each once, with the outputs that have an activity of the lead);
   costs are summed exactly in thousandths of a dollar. */
SELECT coalesce(lead_name, 'no lead named') AS agency,
       sum(activities) AS activities,
       sum(outputs) AS outputs,
       sum(costed_activities) AS costed_activities,
       sum(cost_milli) / 1000.0 AS cost_usd
FROM lead_streams
WHERE :year IS NULL OR year = :year
GROUP BY 1
ORDER BY 1
