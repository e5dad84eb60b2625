-- title: Activities of the chair term
-- description: Every activity of the plan year of a chair term, by work stream and output, with its leads, time frame, funding and latest reported status.
-- param: term integer  The term's year, e.g. 2014
-- column: cost_usd money
-- note: Status is the latest one recorded in Data/progress.csv; "not reported" means no document reports on the activity.
SELECT w.name AS work_stream,
       o.title AS output,
       a.printed_number AS number,
       a.description AS activity,
       a.timeframe_text AS time_frame,
       coalesce(nullif(ll.names, ''), 'no lead named') AS leads,
       coalesce(nullif(fl.names, ''), '') AS funding,
       a.cost_usd AS cost_usd,
       CASE WHEN a.status = '' THEN 'not reported' ELSE a.status END AS status,
       a.status_note AS status_note,
       a.id AS id
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
JOIN lead_lists ll ON ll.id = a.lead_list
JOIN funding_lists fl ON fl.id = a.funding_list
WHERE o.year = :term
ORDER BY o.plan, w.rowid, o.seq, a.seq
