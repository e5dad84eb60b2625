-- title: Activities of a work stream
-- description: For a work stream briefing: outputs and activities by year, with leads, time frames and funding ("no lead named" and "not stated" where the plan names none).
-- param: work_stream text  The work stream id (see Data/work_streams.csv)
-- param: as_of date  The date things are judged at: "no report yet" while a time frame runs past it, "no report received" after
-- column: cost_usd money
-- column: year year
SELECT o.year AS year,
       o.title AS output,
       CASE WHEN a.printed_number = '' THEN '–' ELSE a.printed_number END AS number,
       a.description AS activity,
       CASE WHEN a.timeframe_text = '' THEN 'not stated' ELSE a.timeframe_text END AS time_frame,
       coalesce(nullif(ll.names, ''), 'no lead named') AS leads,
       coalesce(nullif(fl.names, ''), 'not stated') AS funding,
       a.cost_usd AS cost_usd,
       CASE WHEN a.status <> '' THEN replace(a.status, '-', ' ') || ' (' || a.status_as_of || ')'
            WHEN a.end_date >= :as_of THEN 'no report yet' ELSE 'no report received' END
       || CASE WHEN a.status_note = '' THEN '' ELSE ': ' || a.status_note END AS status,
       a.status_note AS status_note,
       a.id AS ref
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN lead_lists ll ON ll.id = a.lead_list
JOIN funding_lists fl ON fl.id = a.funding_list
WHERE o.work_stream = :work_stream
ORDER BY o.year, o.seq, a.seq
