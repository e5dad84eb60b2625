-- title: What carries over
-- description: Activities of the term's plan year and earlier ones that are still ahead at the end of the term (time frame running past 31 December; while the term is open, time frame not ended by the data's date) or reported as ongoing (in progress, planned or postponed), with why. Time frames that passed without any report are not carried over (see no-report-received).
-- param: term integer  The term's year, e.g. 2014
-- param: as_of date = null  The data's date: while the term is open (before 31 December) things are judged at it
-- column: year year
WITH judged AS (
    -- The day things are judged at: the day after the term, or the data's date while the term is open (see term-summary).
    SELECT CASE WHEN :as_of < (:term || '-12-31') THEN :as_of ELSE date(:term || '-12-31', '+1 day') END AS day
)
SELECT o.year AS year,
       w.name AS work_stream,
       CASE WHEN a.printed_number = '' THEN '–' ELSE a.printed_number END AS number,
       CASE WHEN length(a.description) <= 90 THEN a.description
            ELSE coalesce(nullif(rtrim(rtrim(substr(a.description, 1, 91), replace(substr(a.description, 1, 91), ' ', '')), ' ,;:–-.'), ''),
                          substr(a.description, 1, 90)) || '…' END AS activity,
       a.timeframe_text AS time_frame,
       coalesce(nullif(ll.names, ''), 'no lead named') AS leads,
       CASE WHEN a.status IN ('in-progress', 'planned', 'postponed')
            THEN 'reported ' || replace(a.status, '-', ' ') || ' (' || a.status_as_of || ')'
                 || CASE WHEN a.status_note = '' THEN '' ELSE ': ' || a.status_note END
            ELSE 'runs to ' || a.end_date END AS why,
       a.id AS ref
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
JOIN lead_lists ll ON ll.id = a.lead_list
WHERE o.year <= :term
  AND (a.status IN ('in-progress', 'planned', 'postponed')
       OR (a.status = '' AND a.end_date >= (SELECT day FROM judged)))
ORDER BY o.year, w.rowid, o.seq, a.seq
