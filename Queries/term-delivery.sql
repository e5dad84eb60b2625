-- title: Delivery against the plan
-- description: One row per output of the term's plan year, by work stream (with its objective): the output's activities by printed number with what is reported about each at the end of the term, and the notes of the reports.
-- param: term integer  The term's year, e.g. 2014
-- note: "No report received": the time frame ended by 31 December of the term and no document reports on the activity. "Still ahead": the time frame runs past the term.
WITH acts AS (
    SELECT a.*, o.work_stream, o.seq AS output_seq,
           CASE WHEN a.printed_number = '' THEN '(unnumbered) ' || substr(a.description, 1, 40) || '…' ELSE a.printed_number END AS label,
           CASE a.status
               WHEN 'delivered' THEN 'delivered'
               WHEN 'in-progress' THEN 'in progress'
               WHEN '' THEN CASE WHEN a.end_date > (:term || '-12-31') THEN 'still ahead' ELSE 'no report received' END
               ELSE a.status END
           || coalesce(' (' || (SELECT max(p.as_of) FROM progress p WHERE p.activity = a.id) || ')', '') AS reported,
           (SELECT p.note FROM progress p WHERE p.activity = a.id ORDER BY p.as_of DESC LIMIT 1) AS report_note
    FROM activities a JOIN outputs o ON o.id = a.output
    WHERE o.year = :term
)
SELECT w.name AS work_stream,
       CASE WHEN row_number() OVER (PARTITION BY w.id ORDER BY o.seq) = 1 THEN 'yes' ELSE '' END AS work_stream_first,
       w.objective AS objective,
       (SELECT count(*) FROM acts x WHERE x.work_stream = w.id) AS work_stream_activities,
       (SELECT count(*) FROM acts x WHERE x.work_stream = w.id AND x.status = 'delivered') AS work_stream_delivered,
       (SELECT count(*) FROM acts x WHERE x.work_stream = w.id AND x.status = 'delivered') || ' of ' ||
       (SELECT count(*) || CASE count(*) WHEN 1 THEN ' activity' ELSE ' activities' END FROM acts x WHERE x.work_stream = w.id) AS work_stream_delivered_text,
       CASE WHEN o.printed_number = '' THEN 'Output' ELSE 'Output ' || o.printed_number END AS output_number,
       rtrim(o.title, '. ') AS output,
       (SELECT group_concat(label || ': ' || reported, '; ') FROM (SELECT label, reported FROM acts x WHERE x.output = o.id ORDER BY x.seq)) AS activities,
       (SELECT count(*) FROM acts x WHERE x.output = o.id) AS activity_count,
       (SELECT group_concat(label || ': ' || report_note, ' ') FROM (SELECT label, report_note FROM acts x
            WHERE x.output = o.id AND report_note <> '' ORDER BY x.seq)) AS notes
FROM outputs o
JOIN work_streams w ON w.id = o.work_stream
WHERE o.year = :term AND EXISTS (SELECT 1 FROM acts x WHERE x.output = o.id)
ORDER BY w.rowid, o.seq
