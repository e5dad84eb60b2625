-- title: How an agency's activities are funded
-- description: Funding sources of the activities an agency leads; money only where activities state a cost ("not stated" otherwise, never 0).
-- param: agency text  The lead name as reports show it (e.g. ILO)
-- column: cost_usd money
/* Read from stream_groups (the activities summed once while loading per output year, work stream,
   lead list and funding list) of the lead lists that name the agency, summed first per funding list,
   then joined with each list's members. */
WITH p AS (SELECT g.funding_list AS list, sum(g.activities) AS activities, sum(g.cost_milli) AS cost_milli
           FROM lead_list_members l
           JOIN stream_groups g ON g.lead_list = l.list
           WHERE l.lead_name = :agency
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
