-- title: Activities serving each expected result
-- description: Every expected result of the 2013-2015 plan with the outputs and activities that evidently serve it, each with its latest reported status and the note that reports it; a result no output serves gets one row saying so.
-- param: work_stream text = null  Only this work stream (its id, e.g. decent-work)
-- param: year integer = null  Only outputs and activities of this plan year
-- column: year text
-- note: An output serves a result where the plan's wording makes the link evident (see Data/README.md, result_links.csv).
-- note: Status is the latest reported one; "not reported" means no document reports on the activity.
WITH serving AS (
    SELECT l.expected_result, o.id AS output, o.year, o.title, o.seq
    FROM result_links l JOIN outputs o ON o.id = l.output
    WHERE :year IS NULL OR o.year = :year
)
SELECT w.name AS work_stream,
       r.printed_number AS result,
       r.text AS expected_result,
       s.year AS year,
       coalesce(s.title, CASE WHEN :year IS NULL THEN 'no output serves this result'
                              ELSE 'no output of ' || :year || ' serves this result' END) AS output,
       coalesce(a.printed_number, '') AS number,
       coalesce(a.description, '') AS activity,
       CASE WHEN a.id IS NULL THEN '' WHEN a.status = '' THEN 'not reported' ELSE a.status END AS status,
       coalesce(a.status_note, '') AS status_note,
       coalesce(a.id, '') AS id
FROM expected_results r
JOIN work_streams w ON w.id = r.work_stream
LEFT JOIN serving s ON s.expected_result = r.id
LEFT JOIN activities a ON a.output = s.output
WHERE :work_stream IS NULL OR r.work_stream = :work_stream
ORDER BY r.seq, s.year, s.seq, a.seq
