-- title: Delivery of a work stream
-- description: For a work-stream briefing: each expected result of the work stream with the outputs (of every plan year) that evidently serve it, then the outputs that serve no stated result (by year where the plan states no results); each output with its activities by printed number, what is reported about each as of a date (the data's date in briefings), and the reports' notes.
-- param: work_stream text  The work stream id (see Data/work_streams.csv)
-- param: as_of date  The date things are judged at
-- column: year text
-- note: An output serves a result where the plan's wording makes the link evident (Data/result_links.csv); an output serving several results is listed under each. A result no output serves has one row with no output.
WITH acts AS (
    SELECT a.*,
           -- An activity by its printed number, or (unnumbered) by the start of its text, cut between words.
           CASE WHEN a.printed_number <> '' THEN a.printed_number
                WHEN length(a.description) <= 45 THEN '“' || a.description || '”'
                ELSE '“' || coalesce(nullif(rtrim(rtrim(substr(a.description, 1, 46), replace(substr(a.description, 1, 46), ' ', '')), ' ,;:–-.'), ''),
                                     substr(a.description, 1, 45)) || '…”' END AS label,
           CASE a.status
               WHEN 'delivered' THEN 'delivered'
               WHEN 'in-progress' THEN 'in progress'
               WHEN '' THEN CASE WHEN a.end_date >= :as_of THEN 'no report yet' ELSE 'no report received' END
               ELSE a.status END
           || coalesce(' (' || (SELECT max(p.as_of) FROM progress p WHERE p.activity = a.id) || ')', '') AS reported,
           (SELECT p.note FROM progress p WHERE p.activity = a.id ORDER BY p.as_of DESC LIMIT 1) AS report_note
    FROM activities a JOIN outputs o ON o.id = a.output
    WHERE o.work_stream = :work_stream
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
stream_outputs AS (
    SELECT o.* FROM outputs o WHERE o.work_stream = :work_stream AND EXISTS (SELECT 1 FROM acts x WHERE x.output = o.id)
),
serving AS (
    SELECT DISTINCT l.expected_result, o.id AS output
    FROM result_links l JOIN stream_outputs o ON o.id = l.output
),
parts AS (
    SELECT 1 AS part, r.seq AS result_seq, r.id AS result, s.output
    FROM expected_results r LEFT JOIN serving s ON s.expected_result = r.id
    WHERE r.work_stream = :work_stream
    UNION ALL
    SELECT 2, 0, NULL, o.id FROM stream_outputs o WHERE NOT EXISTS (SELECT 1 FROM serving s WHERE s.output = o.id)
),
numbered AS (
    SELECT p.*, o.year, o.seq,
           row_number() OVER (PARTITION BY p.part, p.result ORDER BY o.year, o.seq) AS in_result,
           row_number() OVER (PARTITION BY p.part, o.year ORDER BY o.seq) AS in_year,
           EXISTS (SELECT 1 FROM expected_results r WHERE r.work_stream = :work_stream) AS has_results
    FROM parts p LEFT JOIN outputs o ON o.id = p.output
)
SELECT CASE WHEN n.part = 1 AND n.in_result = 1 THEN 'Expected result ' || r.printed_number
            WHEN n.part = 2 AND n.has_results AND n.in_result = 1 THEN 'Outputs serving no stated result'
            WHEN n.part = 2 AND NOT n.has_results AND n.in_year = 1 THEN CAST(o.year AS TEXT)
            ELSE '' END AS group_title,
       CASE WHEN n.part = 1 AND n.in_result = 1 THEN rtrim(r.text, '. ') || '.'
            WHEN n.part = 2 AND n.has_results AND n.in_result = 1 THEN 'Worth knowing: the plan''s wording ties these to none of the results above.'
            ELSE '' END AS group_text,
       CASE WHEN o.id IS NULL THEN '' WHEN n.has_results THEN o.year || ', output' ELSE 'Output' END
           || CASE WHEN o.id IS NULL OR o.printed_number = '' THEN '' ELSE ' ' || o.printed_number END AS output_number,
       o.year AS year,
       coalesce(rtrim(o.title, '. '), '') AS output,
       coalesce((SELECT group_concat(text, '; ') FROM (SELECT text FROM states s WHERE s.output = o.id ORDER BY s.first_seq)), '') AS activities,
       (SELECT group_concat(label || ': ' || report_note, ' ') FROM (SELECT label, report_note FROM acts x
            WHERE x.output = o.id AND report_note <> '' ORDER BY x.seq)) AS notes
FROM numbered n
LEFT JOIN expected_results r ON r.id = n.result
LEFT JOIN outputs o ON o.id = n.output
ORDER BY n.part, n.result_seq, o.year, o.seq
