-- title: Funding of the term by source
-- description: The activities of the term's plan year by funding source, with how many state a cost and the money they state; "not stated" (empty) where no activity of the source states one, never 0.
-- param: term integer  The term's year, e.g. 2014
-- column: cost_usd money
-- note: An activity with several funding sources counts once under each; its stated cost is divided equally among them. Activities without a funding source appear as "(not stated)".
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       count(*) AS activities,
       count(a.cost_usd) AS costed_activities,
       sum(a.cost_usd * coalesce(f.share, 1.0)) AS cost_usd
FROM activities a
JOIN outputs o ON o.id = a.output
LEFT JOIN activity_funding f ON f.activity = a.id
LEFT JOIN funding_sources s ON s.id = f.funding_source
WHERE o.year = :term
GROUP BY 1, 2
ORDER BY count(*) DESC, 1
