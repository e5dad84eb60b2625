-- title: Outputs that serve no stated result
-- description: Outputs and key outputs of the 2013-2015 plan that no expected result evidently calls for, with their activities' reported status.
-- param: year integer = null  Only outputs of this plan year (key outputs are plan-wide and always listed)
-- column: year text
-- note: The plan never links outputs to results; a link is recorded only where the wording makes it evident (see Data/README.md, result_links.csv), so "no stated result" means none the plan's words show, not that the output is useless.
SELECT kind, year, work_stream, number, output, activities, delivered, not_reported, id FROM (
    SELECT 1 AS rank, 'output' AS kind, o.year AS year, w.name AS work_stream, o.printed_number AS number,
           o.title AS output, count(a.id) AS activities, count(CASE WHEN a.status = 'delivered' THEN 1 END) AS delivered,
           count(CASE WHEN a.status = '' THEN 1 END) AS not_reported, o.id AS id, w.rowid AS stream_order, o.seq AS seq
    FROM outputs o
    JOIN work_streams w ON w.id = o.work_stream
    LEFT JOIN activities a ON a.output = o.id
    WHERE o.plan IN (SELECT w2.plan FROM expected_results r JOIN work_streams w2 ON w2.id = r.work_stream)
      AND NOT EXISTS (SELECT 1 FROM result_links l WHERE l.output = o.id)
      AND (:year IS NULL OR o.year = :year)
    GROUP BY o.id
    UNION ALL
    SELECT 2, 'key output', NULL, w.name, d.printed_number, d.text, NULL, NULL, NULL, d.id, w.rowid, d.rowid
    FROM planned_deliverables d
    JOIN work_streams w ON w.id = d.category
    WHERE d.list = 'key-output' AND NOT EXISTS (SELECT 1 FROM result_links l WHERE l.key_output = d.id)
)
ORDER BY rank, year, stream_order, seq
