-- title: Activities an agency leads
-- description: For an agency briefing: what it leads, by date, with whom, in what capacity, funded how, and what is reported (with the report's note).
-- param: agency text  The lead name as reports show it (an acronym such as ILO, or a group name)
-- param: as_of date  The date things are judged at: "no report yet" while a time frame runs past it, "no report received" after
-- column: cost_usd money
-- column: year year
SELECT o.year AS year,
       CASE WHEN a.timeframe_text = '' THEN 'not stated' ELSE a.timeframe_text END AS time_frame,
       w.name AS work_stream,
       CASE WHEN a.printed_number = '' THEN '–' ELSE a.printed_number END AS number,
       -- The capacity is said with the activity in documents (a column of its own, mostly empty, squeezed the text).
       a.description || CASE WHEN l.via_chair THEN ' (as GMG chair)' ELSE '' END AS activity,
       coalesce((SELECT group_concat(l2.lead_name, '; ') FROM activity_leads l2
                 WHERE l2.activity = a.id AND l2.lead_name <> :agency), '') AS with_co_leads,
       CASE WHEN l.via_chair THEN 'as GMG chair' ELSE '' END AS capacity,
       coalesce(nullif(fl.names, ''), 'not stated') AS funding,
       a.cost_usd AS cost_usd,
       CASE WHEN a.status <> '' THEN replace(a.status, '-', ' ') || ' (' || a.status_as_of || ')'
            WHEN a.end_date >= :as_of THEN 'no report yet' ELSE 'no report received' END
       || CASE WHEN a.status_note = '' THEN '' ELSE ': ' || a.status_note END AS reported,
       a.id AS ref
FROM activity_leads l
JOIN activities a ON a.id = l.activity
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
JOIN funding_lists fl ON fl.id = a.funding_list
WHERE l.lead_name = :agency
ORDER BY coalesce(a.start_date, o.year || '-12-31'), a.end_date, a.seq
