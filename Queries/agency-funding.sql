-- title: How an agency's activities are funded
-- description: Funding sources of the activities an agency leads; money only where activities state a cost ("not stated" otherwise, never 0).
-- param: agency text  The lead name as reports show it (e.g. ILO)
-- column: cost_usd money
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       count(*) AS activities,
       sum(a.cost_usd * coalesce(f.share, 1.0)) AS cost_usd
FROM activity_leads l
JOIN activities a ON a.id = l.activity
LEFT JOIN activity_funding f ON f.activity = a.id
LEFT JOIN funding_sources s ON s.id = f.funding_source
WHERE l.lead_name = :agency
GROUP BY 1, 2
ORDER BY activities DESC, 1
