-- title: Key figures of an agency
-- description: What an agency leads: activities, outputs, years, co-leads, money; with phrases for the briefing's text (agency_text: the agency as a sentence starts with it, "The World Bank").
-- param: agency text  The lead name as reports show it (e.g. ILO)
-- column: cost_usd money
SELECT (SELECT upper(substr(ag.prose_name, 1, 1)) || substr(ag.prose_name, 2) FROM agencies ag WHERE ag.acronym = :agency)
           AS agency_text,
       count(*) AS activities,
       count(DISTINCT a.output) AS outputs,
       min(o.year) || CASE WHEN max(o.year) > min(o.year) THEN '–' || max(o.year) ELSE '' END AS years,
       count(CASE WHEN l.via_chair THEN 1 END) AS as_gmg_chair,
       (SELECT count(DISTINCT l2.lead_name) FROM activity_leads l2 JOIN activity_leads l3 ON l3.activity = l2.activity
        WHERE l3.lead_name = :agency AND l2.lead_name <> :agency) AS co_leads,
       count(a.cost_usd) AS costed_activities,
       sum(a.cost_usd) AS cost_usd,
       printf('%,d', count(*)) || CASE count(*) WHEN 1 THEN ' activity' ELSE ' activities' END AS activities_text,
       CASE count(*) WHEN 1 THEN 'It states no cost' ELSE 'None of them states a cost' END AS no_cost_text,
       printf('%,d', count(DISTINCT a.output)) || CASE count(DISTINCT a.output) WHEN 1 THEN ' output' ELSE ' outputs' END AS outputs_text,
       CASE count(CASE WHEN l.via_chair THEN 1 END) WHEN 0 THEN ''
            WHEN count(*) THEN CASE count(*) WHEN 1 THEN 'it as GMG chair' ELSE 'all of them as GMG chair' END
            ELSE printf('%,d', count(CASE WHEN l.via_chair THEN 1 END)) || ' of them as GMG chair' END AS as_chair_text,
       CASE (SELECT count(DISTINCT l2.lead_name) FROM activity_leads l2 JOIN activity_leads l3 ON l3.activity = l2.activity
             WHERE l3.lead_name = :agency AND l2.lead_name <> :agency)
            WHEN 0 THEN 'alone' WHEN 1 THEN 'with 1 other lead'
            ELSE 'with ' || (SELECT printf('%,d', count(DISTINCT l2.lead_name)) FROM activity_leads l2 JOIN activity_leads l3 ON l3.activity = l2.activity
                             WHERE l3.lead_name = :agency AND l2.lead_name <> :agency) || ' other leads' END AS co_leads_text
FROM activity_leads l
JOIN activities a ON a.id = l.activity
JOIN outputs o ON o.id = a.output
WHERE l.lead_name = :agency
