-- title: An agency's upcoming and overdue activities
-- description: For an agency briefing: the activities it leads that are not reported delivered or cancelled, as of a date: overdue (time frame ended in the year before) or upcoming (time frame not ended).
-- param: agency text  The lead name as reports show it (e.g. ILO)
-- param: as_of date  The date things are judged at (the data's date in briefings)
-- column: ends date
SELECT CASE WHEN a.end_date < :as_of THEN 'Overdue' ELSE 'Upcoming' END AS situation,
       CASE WHEN a.timeframe_text = '' THEN 'not stated' ELSE a.timeframe_text END AS time_frame,
       a.end_date AS ends,
       CASE WHEN a.printed_number = '' THEN '–' ELSE a.printed_number END AS number,
       CASE WHEN length(a.description) <= 100 THEN a.description
            ELSE coalesce(nullif(rtrim(rtrim(substr(a.description, 1, 101), replace(substr(a.description, 1, 101), ' ', '')), ' ,;:–-.'), ''),
                          substr(a.description, 1, 100)) || '…' END AS activity,
       CASE WHEN a.status <> '' THEN replace(a.status, '-', ' ') WHEN a.end_date < :as_of THEN 'no report received' ELSE 'no report yet' END AS reported,
       a.id AS ref
FROM activity_leads l
JOIN activities a ON a.id = l.activity
WHERE l.lead_name = :agency AND a.end_date IS NOT NULL AND a.status NOT IN ('delivered', 'cancelled')
  AND a.end_date >= date(:as_of, '-1 year')
ORDER BY CASE WHEN a.end_date < :as_of THEN 0 ELSE 1 END, a.end_date, a.seq
