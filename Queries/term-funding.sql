-- title: Funding of the term by source
-- description: The activities of the term's plan year by funding source, with how many state a cost and the money they state; "not stated" (empty) where no activity of the source states one, never 0.
-- param: term integer  The term's year, e.g. 2014
-- column: cost_usd money
-- note: An activity with several funding sources counts once under each; its stated cost is divided equally among them. Activities without a funding source appear as "(not stated)".
/* Read from stream_groups (the activities summed once while loading per output year, work stream
   and funding list), summed first per funding list, then joined with each list's members. */
WITH l AS (SELECT funding_list AS list, sum(activities) AS activities, sum(costed_activities) AS costed, sum(cost_milli) AS cost_milli
           FROM stream_groups
           WHERE year = :term
           GROUP BY funding_list)
SELECT coalesce(s.name, '(not stated)') AS funding_source,
       coalesce(replace(s.kind, '-', ' '), 'not stated') AS kind,
       sum(l.activities) AS activities,
       sum(l.costed) AS costed_activities,
       sum(l.cost_milli * coalesce(f.share, 1.0)) / 1000.0 AS cost_usd
FROM l
LEFT JOIN funding_list_members f ON f.list = l.list
LEFT JOIN funding_sources s ON s.id = f.funding_source
GROUP BY 1, 2
ORDER BY sum(l.activities) DESC, 1
