-- title: No report received
-- description: Activities of the term's plan year whose time frame ended by the end of the term (while the term is open: before the data's date), or cannot be read as dates, and on which no document reports: not carried over, but open questions for the outgoing chair.
-- param: term integer  The term's year, e.g. 2014
-- param: as_of date = null  The data's date: while the term is open (before 31 December) things are judged at it
WITH judged AS (
    -- The day things are judged at: the day after the term, or the data's date while the term is open (see term-summary).
    SELECT CASE WHEN :as_of < (:term || '-12-31') THEN :as_of ELSE date(:term || '-12-31', '+1 day') END AS day
)
SELECT w.name AS work_stream,
       CASE WHEN a.printed_number = '' THEN '–' ELSE a.printed_number END AS number,
       CASE WHEN length(a.description) <= 90 THEN a.description
            ELSE coalesce(nullif(rtrim(rtrim(substr(a.description, 1, 91), replace(substr(a.description, 1, 91), ' ', '')), ' ,;:–-.'), ''),
                          substr(a.description, 1, 90)) || '…' END AS activity,
       CASE WHEN a.timeframe_text = '' THEN 'not stated' ELSE a.timeframe_text END AS time_frame,
       coalesce(nullif(ll.names, ''), 'no lead named') AS leads,
       a.id AS ref
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
JOIN lead_lists ll ON ll.id = a.lead_list
WHERE o.year = :term AND a.status = '' AND (a.end_date IS NULL OR a.end_date < (SELECT day FROM judged))
ORDER BY w.rowid, o.seq, a.seq
