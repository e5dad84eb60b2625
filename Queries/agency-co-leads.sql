-- title: Who an agency works with
-- description: The other leads of the activities an agency leads, with how many activities they share.
-- param: agency text  The lead name as reports show it (e.g. ILO)
SELECT l2.lead_name AS co_lead, count(*) AS shared_activities
FROM activity_leads l
JOIN activity_leads l2 ON l2.activity = l.activity AND l2.lead_name <> l.lead_name
WHERE l.lead_name = :agency
GROUP BY l2.lead_name
ORDER BY shared_activities DESC, co_lead
