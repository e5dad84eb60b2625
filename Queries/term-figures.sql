-- title: Key figures of the term
-- description: Outputs, activities, reported progress and money of the plan year of a chair term.
-- param: term integer  The term's year, e.g. 2014
-- column: cost_usd money
-- column: to_be_mobilized_usd money
SELECT count(DISTINCT a.output) AS outputs,
       count(*) AS activities,
       count(CASE WHEN a.status = 'delivered' THEN 1 END) AS delivered,
       count(CASE WHEN a.status = 'in-progress' THEN 1 END) AS in_progress,
       count(CASE WHEN a.status IN ('postponed', 'cancelled') THEN 1 END) AS postponed_or_cancelled,
       count(CASE WHEN a.status = '' THEN 1 END) AS not_reported,
       count(DISTINCT o.work_stream) AS work_streams,
       (SELECT count(DISTINCT l.lead_name) FROM lead_list_members l JOIN activities a2 ON a2.lead_list = l.list
        JOIN outputs o2 ON o2.id = a2.output WHERE o2.year = :term AND l.lead_kind = 'agency') AS lead_agencies,
       count(a.cost_usd) AS costed_activities,
       coalesce(sum(a.cost_usd), 0.0) AS cost_usd,
       coalesce((SELECT sum(a3.cost_usd * f.share) FROM activities a3 JOIN outputs o3 ON o3.id = a3.output
                 JOIN funding_list_members f ON f.list = a3.funding_list JOIN funding_sources s ON s.id = f.funding_source
                 WHERE o3.year = :term AND s.kind = 'to-be-mobilized'), 0.0) AS to_be_mobilized_usd,
       count(CASE WHEN NOT EXISTS (SELECT 1 FROM funding_list_members f2 WHERE f2.list = a.funding_list) THEN 1 END) AS without_funding
FROM activities a
JOIN outputs o ON o.id = a.output
WHERE o.year = :term
