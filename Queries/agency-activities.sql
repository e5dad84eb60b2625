-- title: Activities an agency leads
-- description: For an agency briefing: what it leads, with whom, when and funded how.
-- param: agency text  The lead name as reports show it (an acronym such as ILO, or a group name)
-- column: cost_usd money
-- column: year text
SELECT o.year AS year,
       w.name AS work_stream,
       a.description AS activity,
       a.timeframe_text AS time_frame,
       coalesce((SELECT group_concat(l2.lead_name, '; ') FROM activity_leads l2
                 WHERE l2.activity = a.id AND l2.lead_name <> :agency), '') AS with_co_leads,
       CASE WHEN l.via_chair THEN 'as GMG chair' ELSE '' END AS capacity,
       coalesce((SELECT group_concat(s.name, '; ') FROM activity_funding f JOIN funding_sources s ON s.id = f.funding_source
                 WHERE f.activity = a.id), '') AS funding,
       a.cost_usd AS cost_usd,
       CASE WHEN a.status = '' THEN 'not reported' ELSE a.status END AS status,
       a.status_note AS status_note
FROM activity_leads l
JOIN activities a ON a.id = l.activity
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
WHERE l.lead_name = :agency
ORDER BY o.year, a.start_date, a.seq
