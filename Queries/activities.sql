-- title: Activities
-- description: Every activity with every column a user would filter on.
-- param: year integer = null  Only this plan year (every year when null)
-- column: starts date
-- column: ends date
-- column: cost_usd money
-- totals: cost_usd
-- column: year year
SELECT a.id AS id,
       o.plan AS plan,
       o.year AS year,
       w.name AS work_stream,
       o.printed_number AS output_number,
       o.title AS output,
       a.printed_number AS number,
       a.description AS activity,
       a.timeframe_text AS time_frame,
       a.start_date AS starts,
       a.end_date AS ends,
       coalesce(a.precision, '') AS precision,
       a.leads_text AS leads_as_written,
       coalesce(nullif(ll.names, ''), 'no lead named') AS leads,
       a.funding_text AS funding_as_written,
       fl.names AS funding_sources,
       fl.kinds AS funding_kinds,
       a.cost_usd AS cost_usd,
       CASE WHEN a.cost_estimate THEN 'estimate' ELSE '' END AS cost_note,
       CASE WHEN a.status = '' THEN 'not reported' ELSE a.status END AS status,
       a.status_note AS status_note,
       a.status_as_of AS status_as_of,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = a.status_source), a.status_source) AS status_source,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = a.source), a.source) AS source
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
JOIN lead_lists ll ON ll.id = a.lead_list
JOIN funding_lists fl ON fl.id = a.funding_list
WHERE :year IS NULL OR o.year = :year
ORDER BY a.seq
