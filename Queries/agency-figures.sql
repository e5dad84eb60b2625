-- title: Key figures of an agency
-- description: What an agency leads: activities, outputs, years, co-leads, money.
-- param: agency text  The lead name as reports show it (e.g. ILO)
-- column: cost_usd money
SELECT count(*) AS activities,
       count(DISTINCT a.output) AS outputs,
       min(o.year) || CASE WHEN max(o.year) > min(o.year) THEN '–' || max(o.year) ELSE '' END AS years,
       count(CASE WHEN l.via_chair THEN 1 END) AS as_gmg_chair,
       (SELECT count(DISTINCT l2.lead_name) FROM activity_leads l2 JOIN activity_leads l3 ON l3.activity = l2.activity
        WHERE l3.lead_name = :agency AND l2.lead_name <> :agency) AS co_leads,
       count(a.cost_usd) AS costed_activities,
       coalesce(sum(a.cost_usd), 0.0) AS cost_usd
FROM activity_leads l
JOIN activities a ON a.id = l.activity
JOIN outputs o ON o.id = a.output
WHERE l.lead_name = :agency
