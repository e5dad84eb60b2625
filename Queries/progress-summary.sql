-- title: Reported progress
-- description: Activities by latest reported status, optionally for one plan year.
-- param: year integer = null  Only this plan year (every year when null)
-- column: share percentage
-- totals: activities, share
-- note: Statuses come only from what the documents report (Data/progress.csv); everything else is "not reported".
SELECT CASE WHEN a.status = '' THEN 'not reported' ELSE a.status END AS status,
       count(*) AS activities,
       count(*) * 1.0 / (SELECT count(*) FROM activities a2 JOIN outputs o2 ON o2.id = a2.output
                         WHERE :year IS NULL OR o2.year = :year) AS share
FROM activities a
JOIN outputs o ON o.id = a.output
WHERE :year IS NULL OR o.year = :year
GROUP BY 1
ORDER BY CASE status WHEN 'delivered' THEN 1 WHEN 'in-progress' THEN 2 WHEN 'planned' THEN 3
                     WHEN 'postponed' THEN 4 WHEN 'cancelled' THEN 5 ELSE 6 END
