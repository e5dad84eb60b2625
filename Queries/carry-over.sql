-- title: What carries over
-- description: Activities of the term's plan year not reported delivered or cancelled, and activities of earlier years whose time frame runs past the term.
-- param: term integer  The term's year, e.g. 2014
-- column: ends date
-- column: year text
SELECT o.year AS year,
       w.name AS work_stream,
       a.description AS activity,
       a.timeframe_text AS time_frame,
       a.end_date AS ends,
       coalesce((SELECT group_concat(l.lead_name, '; ') FROM activity_leads l WHERE l.activity = a.id), 'no lead named') AS leads,
       CASE WHEN a.status = '' THEN 'not reported' ELSE a.status END AS status,
       a.status_note AS status_note,
       CASE WHEN o.year = :term THEN 'no report of delivery' ELSE 'time frame runs past ' || :term END AS reason
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
WHERE (o.year = :term AND a.status NOT IN ('delivered', 'cancelled'))
   OR (o.year < :term AND a.end_date > (:term || '-12-31') AND a.status NOT IN ('delivered', 'cancelled'))
ORDER BY o.year, w.rowid, a.seq
