-- title: Agency × year × work stream × funding source
-- description: One row per combination present; each (lead, funding source) pair of an activity counts once with the activity's split cost; activities with no lead under "no lead named", with no funding source under "(not stated)".
-- column: cost_usd money
-- note: Summing an agency's cost over the other keys gives its lead cost; summing a funding source's cost over agencies counts it once per lead.
-- note: Where no activity of a row states a cost, its cost is left empty: not stated, which is not 0.
-- column: year year
/* Read from stream_groups (the activities summed once while loading per output year, work stream,
   lead list and funding list); summed first per lead, year, work stream and funding list (exact
   integer thousandths), then split among each funding list's sources and named, so the large
   grouping handles integer-keyed rows and the costs are split once per row of the first sum. */
WITH per_lead AS (
    SELECT l.lead_name AS lead, g.year AS year, g.work_stream AS work_stream, g.funding_list AS funding_list,
           sum(g.activities) AS activities, sum(g.cost_milli) AS cost_milli
    FROM stream_groups g
    LEFT JOIN lead_list_members l ON l.list = g.lead_list
    GROUP BY 1, 2, 3, 4)
SELECT coalesce(p.lead, 'no lead named') AS agency,
       p.year AS year,
       w.name AS work_stream,
       coalesce(s.name, '(not stated)') AS funding_source,
       sum(p.activities) AS activities,
       sum(p.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM per_lead p
JOIN work_streams w ON w.id = p.work_stream
LEFT JOIN funding_list_members f ON f.list = p.funding_list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4
