-- title: Delivery against the plan
-- description: The term's plan year by work stream (with its objective): each expected result of the work stream with the outputs of the year that evidently serve it, then the outputs that serve no stated result; each output with its activities by printed number, what is reported about each at the end of the term, and the notes of the reports.
-- param: term integer  The term's year, e.g. 2014
-- param: as_of date = null  The data's date: while the term is open (before 31 December) things are judged at it
-- note: "No report received": the time frame ended by 31 December of the term (while the term is open: before the data's date) and no document reports on the activity. "Still ahead": the time frame runs past the term; while the term is open, "no report yet": the time frame has not ended by the data's date.
-- note: An output serves a result where the plan's wording makes the link evident (Data/result_links.csv); an output serving several results is listed under each, in full under the first (listed_under names it). A result no output of the year serves has one row with no output.
WITH judged AS (
    -- The day things are judged at: the day after the term, or the data's date while the term is open (see term-summary).
    SELECT CASE WHEN :as_of < (:term || '-12-31') THEN :as_of ELSE date(:term || '-12-31', '+1 day') END AS day
),
acts AS (
    SELECT a.*, o.work_stream, o.seq AS output_seq,
           -- An activity by its printed number, or (unnumbered) by the start of its text, cut between words.
           CASE WHEN a.printed_number <> '' THEN a.printed_number
                WHEN length(a.description) <= 45 THEN '“' || a.description || '”'
                ELSE '“' || coalesce(nullif(rtrim(rtrim(substr(a.description, 1, 46), replace(substr(a.description, 1, 46), ' ', '')), ' ,;:–-.'), ''),
                                     substr(a.description, 1, 45)) || '…”' END AS label,
           CASE a.status
               WHEN 'delivered' THEN 'delivered'
               WHEN 'in-progress' THEN 'in progress'
               WHEN '' THEN CASE WHEN a.end_date < (SELECT day FROM judged) OR a.end_date IS NULL THEN 'no report received'
                                 WHEN :as_of < (:term || '-12-31') THEN 'no report yet' ELSE 'still ahead' END
               ELSE a.status END
           || coalesce(' (' || (SELECT max(p.as_of) FROM progress p WHERE p.activity = a.id) || ')', '') AS reported,
           (SELECT p.note FROM progress p WHERE p.activity = a.id ORDER BY p.as_of DESC LIMIT 1) AS report_note
    FROM activities a JOIN outputs o ON o.id = a.output
    WHERE o.year = :term
),
-- The activities of each output grouped by what is reported ("2.1, 2.2 and 2.3: no report received"); an output
-- with a single unnumbered activity needs no label ("No report received").
labelled AS (
    SELECT x.output, x.reported, x.printed_number,
           -- A printed number the plan repeats ("1.1" twice) is named once, with how many activities bear it.
           x.label || CASE WHEN x.same > 1 THEN ' (' || printf('%,d', x.same) || ' activities)' ELSE '' END AS label,
           row_number() OVER (PARTITION BY x.output, x.reported ORDER BY x.seq) AS k,
           count(*) OVER (PARTITION BY x.output, x.reported) AS n,
           min(x.seq) OVER (PARTITION BY x.output, x.reported) AS first_seq,
           (SELECT count(*) FROM acts y WHERE y.output = x.output) AS in_output
    FROM (SELECT output, reported, label, printed_number, min(seq) AS seq, count(*) AS same
          FROM acts GROUP BY output, reported, label) x
),
-- Materialized: read once per listed output, it would otherwise be worked out again each time.
states AS MATERIALIZED (
    SELECT output, first_seq,
           CASE WHEN max(in_output) = 1 AND max(printed_number) = '' THEN upper(substr(reported, 1, 1)) || substr(reported, 2)
                ELSE group_concat(CASE WHEN k = 1 THEN label WHEN k = n THEN ' and ' || label ELSE ', ' || label END, '') || ': ' || reported
           END AS text
    FROM (SELECT * FROM labelled ORDER BY output, reported, k)
    GROUP BY output, reported
),
term_outputs AS (
    SELECT o.* FROM outputs o WHERE o.year = :term AND EXISTS (SELECT 1 FROM acts x WHERE x.output = o.id)
),
serving AS (
    SELECT DISTINCT l.expected_result, o.id AS output, o.seq AS output_seq
    FROM result_links l JOIN term_outputs o ON o.id = l.output
),
parts AS (
    SELECT r.work_stream, 1 AS part, r.seq AS result_seq, r.id AS result, s.output, coalesce(s.output_seq, 0) AS output_seq
    FROM expected_results r
    LEFT JOIN serving s ON s.expected_result = r.id
    WHERE r.work_stream IN (SELECT work_stream FROM term_outputs)
    UNION ALL
    SELECT o.work_stream, 2, 0, NULL, o.id, o.seq
    FROM term_outputs o
    WHERE NOT EXISTS (SELECT 1 FROM serving s WHERE s.output = o.id)
),
numbered AS (
    SELECT p.*,
           row_number() OVER (PARTITION BY p.work_stream ORDER BY p.part, p.result_seq, p.output_seq) AS in_stream,
           row_number() OVER (PARTITION BY p.work_stream, p.part, p.result ORDER BY p.output_seq) AS in_part,
           EXISTS (SELECT 1 FROM expected_results r WHERE r.work_stream = p.work_stream) AS stream_has_results
    FROM parts p
),
listed AS (
    SELECT n.*, first_value(n.result) OVER (PARTITION BY n.work_stream, n.output ORDER BY n.in_stream) AS first_result
    FROM numbered n
)
SELECT w.name AS work_stream,
       CASE WHEN n.in_stream = 1 THEN 'yes' ELSE '' END AS work_stream_first,
       CASE WHEN w.objective = '' THEN '' ELSE upper(substr(w.objective, 1, 1)) || rtrim(substr(w.objective, 2), '. ') || '.' END AS objective,
       (SELECT printf('%,d', count(*)) FROM acts x WHERE x.work_stream = w.id AND x.status = 'delivered') || ' of ' ||
       (SELECT printf('%,d', count(*)) || CASE count(*) WHEN 1 THEN ' activity' ELSE ' activities' END FROM acts x WHERE x.work_stream = w.id) AS work_stream_delivered_text,
       CASE WHEN n.part = 1 AND n.in_part = 1 THEN 'yes' ELSE '' END AS result_first,
       CASE WHEN n.part = 1 THEN 'Expected result ' || r.printed_number ELSE '' END AS result_number,
       coalesce(rtrim(r.text, '. '), '') AS expected_result,
       CASE WHEN n.part = 2 AND n.in_part = 1 AND n.stream_has_results THEN 'yes' ELSE '' END AS unlinked_first,
       CASE WHEN o.id IS NULL THEN '' WHEN o.printed_number = '' THEN 'Output' ELSE 'Output ' || o.printed_number END AS output_number,
       coalesce(rtrim(o.title, '. '), '') AS output,
       CASE WHEN n.output IS NOT NULL AND n.first_result IS NOT n.result
            THEN 'expected result ' || (SELECT f.printed_number FROM expected_results f WHERE f.id = n.first_result) ELSE '' END AS listed_under,
       coalesce((SELECT group_concat(text, '; ') FROM (SELECT text FROM states s WHERE s.output = o.id ORDER BY s.first_seq)), '') AS activities,
       (SELECT count(*) FROM acts x WHERE x.output = o.id) AS activity_count,
       (SELECT group_concat(label || ': ' || report_note, ' ') FROM (SELECT label, report_note FROM acts x
            WHERE x.output = o.id AND report_note <> '' ORDER BY x.seq)) AS notes
FROM listed n
JOIN work_streams w ON w.id = n.work_stream
LEFT JOIN expected_results r ON r.id = n.result
LEFT JOIN outputs o ON o.id = n.output
ORDER BY w.rowid, n.part, n.result_seq, n.output_seq
