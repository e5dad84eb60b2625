-- title: How an agency's activities are funded
-- description: Funding sources of the activities an agency leads; money only where activities state a cost ("not stated" otherwise, never 0).
-- param: agency text  The lead name as reports show it (e.g. ILO)
-- column: cost_usd money
/* Read from lead_groups (the activities summed once while loading per output year, work stream,
   lead named in their lead list, each once, and funding list) of the agency, summed first per
   funding list, then joined with each list's members. */
WITH p AS (SELECT funding_list AS list, sum(activities) AS activities, sum(cost_milli) AS cost_milli
           FROM lead_groups
           WHERE lead_name = :agency
           GROUP BY 1)
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       sum(p.activities) AS activities,
       sum(p.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM p
LEFT JOIN funding_list_members f ON f.list = p.list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2
ORDER BY activities DESC, 1
