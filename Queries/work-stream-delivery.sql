-- title: Delivery of a work stream
-- description: For a work-stream briefing: one row per output, by year, with its activities by printed number and what is reported about each as of a date (the data's date in briefings), and the reports' notes.
-- param: work_stream text  The work stream id (see Data/work_streams.csv)
-- param: as_of date  The date things are judged at
-- column: year text
WITH acts AS (
    SELECT a.*,
           CASE WHEN a.printed_number = '' THEN '(unnumbered) ' || substr(a.description, 1, 40) || '…' ELSE a.printed_number END AS label,
           CASE a.status
               WHEN 'delivered' THEN 'delivered'
               WHEN 'in-progress' THEN 'in progress'
               WHEN '' THEN CASE WHEN a.end_date IS NULL THEN 'no report'
                                 WHEN a.end_date >= :as_of THEN 'ahead' ELSE 'no report received' END
               ELSE a.status END
           || coalesce(' (' || (SELECT max(p.as_of) FROM progress p WHERE p.activity = a.id) || ')', '') AS reported,
           (SELECT p.note FROM progress p WHERE p.activity = a.id ORDER BY p.as_of DESC LIMIT 1) AS report_note
    FROM activities a JOIN outputs o ON o.id = a.output
    WHERE o.work_stream = :work_stream
)
SELECT o.year AS year,
       CASE WHEN row_number() OVER (PARTITION BY o.year ORDER BY o.seq) = 1 THEN 'yes' ELSE '' END AS year_first,
       CASE WHEN o.printed_number = '' THEN 'Output' ELSE 'Output ' || o.printed_number END AS output_number,
       rtrim(o.title, '. ') AS output,
       (SELECT group_concat(label || ': ' || reported, '; ') FROM (SELECT label, reported FROM acts x WHERE x.output = o.id ORDER BY x.seq)) AS activities,
       (SELECT group_concat(label || ': ' || report_note, ' ') FROM (SELECT label, report_note FROM acts x
            WHERE x.output = o.id AND report_note <> '' ORDER BY x.seq)) AS notes
FROM outputs o
WHERE o.work_stream = :work_stream AND EXISTS (SELECT 1 FROM acts x WHERE x.output = o.id)
ORDER BY o.year, o.seq
