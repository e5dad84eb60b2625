-- title: Expected results and what serves them
-- description: One row per expected result of the 2013-2015 plan's work streams: how many key outputs, outputs and activities evidently serve it, and the activities' latest reported status.
-- param: work_stream text = null  Only this work stream (its id, e.g. decent-work)
-- param: year integer = null  Only outputs and activities of this plan year (key outputs are plan-wide)
-- totals: key_outputs, outputs, activities, delivered, in_progress, other_status, not_reported
-- note: An output or key output serves a result where the plan's wording makes the link evident (see Data/README.md, result_links.csv); a result with no output is served by none the plan states.
-- note: An activity whose output serves several results counts under each of them, so the totals may count an activity more than once.
-- note: Status is the latest reported one; other_status counts planned, postponed and cancelled; "not reported" means no document reports on the activity.
WITH serving AS (
    SELECT l.expected_result, o.id AS output
    FROM result_links l JOIN outputs o ON o.id = l.output
    WHERE :year IS NULL OR o.year = :year
)
SELECT w.name AS work_stream,
       r.printed_number AS number,
       r.text AS expected_result,
       (SELECT count(*) FROM result_links k WHERE k.expected_result = r.id AND k.key_output IS NOT NULL) AS key_outputs,
       count(DISTINCT s.output) AS outputs,
       count(a.id) AS activities,
       count(CASE WHEN a.status = 'delivered' THEN 1 END) AS delivered,
       count(CASE WHEN a.status = 'in-progress' THEN 1 END) AS in_progress,
       count(CASE WHEN a.status IN ('planned', 'postponed', 'cancelled') THEN 1 END) AS other_status,
       count(CASE WHEN a.status = '' THEN 1 END) AS not_reported,
       r.id AS id
FROM expected_results r
JOIN work_streams w ON w.id = r.work_stream
LEFT JOIN serving s ON s.expected_result = r.id
LEFT JOIN activities a ON a.output = s.output
WHERE :work_stream IS NULL OR r.work_stream = :work_stream
GROUP BY r.id
ORDER BY r.seq
