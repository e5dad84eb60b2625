-- title: Lead agencies
-- description: Agencies that lead at least one activity (one briefing each).
SELECT l.lead_name AS agency, count(*) AS activities
FROM activity_leads l
WHERE l.lead_kind = 'agency'
GROUP BY l.lead_name
ORDER BY l.lead_name
