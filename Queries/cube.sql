-- title: Agency × year × work stream × funding source
-- description: One row per combination present; each (lead, funding source) pair of an activity counts once with the activity's split cost; activities with no lead under "no lead named", with no funding source under "(not stated)".
-- column: cost_usd money
-- note: Summing an agency's cost over the other keys gives its lead cost; summing a funding source's cost over agencies counts it once per lead.
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- column: year year
/* Read from lead_groups (the activities summed once while loading per output year, work stream,
   lead named in their lead list, each once, and funding list), whose costs are split among each
   funding list's sources and named. */
SELECT coalesce(g.lead_name, 'no lead named') AS agency,
       g.year AS year,
       w.name AS work_stream,
       coalesce(s.name, '(not stated)') AS funding_source,
       sum(g.activities) AS activities,
       sum(g.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM lead_groups g
JOIN work_streams w ON w.id = g.work_stream
LEFT JOIN funding_list_members f ON f.list = g.funding_list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4
