-- title: Agency × year × work stream × funding source
-- description: One row per combination present; each (lead, funding source) pair of an activity counts once with the activity's split cost; activities with no lead under "no lead named", with no funding source under "(not stated)".
-- column: cost_usd money
-- note: Summing an agency's cost over the other keys gives its lead cost; summing a funding source's cost over agencies counts it once per lead.
-- column: year year
SELECT coalesce(l.lead_name, 'no lead named') AS agency,
       o.year AS year,
       w.name AS work_stream,
       coalesce(s.name, '(not stated)') AS funding_source,
       count(*) AS activities,
       coalesce(sum(a.cost_usd * coalesce(f.share, 1.0)), 0.0) AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
LEFT JOIN activity_leads l ON l.activity = a.id
LEFT JOIN activity_funding f ON f.activity = a.id
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2, 3, 4
ORDER BY 1, 2, 3, 4
