-- title: Coming up
-- description: Activities whose time frame overlaps a date window, soonest first, for meeting preparation.
-- param: from date  First day of the window
-- param: to date  Last day of the window
-- column: starts date
-- column: ends date
-- note: A time frame overlaps the window when it starts on or before its last day and ends on or after its first day; "2014" overlaps every window in 2014.
SELECT a.start_date AS starts,
       a.end_date AS ends,
       a.timeframe_text AS time_frame,
       a.description AS activity,
       coalesce(nullif(ll.names, ''), 'no lead named') AS leads,
       w.name AS work_stream,
       CASE WHEN a.tentative THEN 'to be confirmed' ELSE '' END AS tentative,
       a.id AS id
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
JOIN lead_lists ll ON ll.id = a.lead_list
WHERE a.start_date <= :to AND a.end_date >= :from
ORDER BY a.start_date, a.end_date, a.seq
