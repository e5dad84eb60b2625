-- title: Data quality
-- description: Activities whose documents name no lead, no funding source, a time frame that could not be read or that ends before its plan year, and cells taken from a merged row.
-- param: year integer = null  Only this plan year (every year when null)
-- column: year year
SELECT issue, o.year AS year, w.name AS work_stream, a.printed_number AS number, a.description AS activity, detail, a.id AS id
FROM (
    SELECT id, 1 AS rank, 'no lead named' AS issue, '' AS detail FROM activities a
        WHERE NOT EXISTS (SELECT 1 FROM lead_list_members l WHERE l.list = a.lead_list)
    UNION ALL
    SELECT id, 2, 'no funding source', '' FROM activities a
        WHERE NOT EXISTS (SELECT 1 FROM funding_list_members f WHERE f.list = a.funding_list)
    UNION ALL
    SELECT id, 3, 'no time frame', '' FROM activities WHERE timeframe_text = ''
    UNION ALL
    SELECT id, 4, 'unparsed time frame', timeframe_text FROM activities WHERE timeframe_text <> '' AND start_date IS NULL
    UNION ALL
    SELECT a.id, 5, 'time frame ends before the plan year', a.timeframe_text FROM activities a
        JOIN outputs o ON o.id = a.output WHERE a.end_date < (o.year || '-01-01')
    UNION ALL
    SELECT id, 6, 'cells from a merged row', inherited_fields || ' from ' || inherit_from FROM activities WHERE inherited_fields <> ''
) q
JOIN activities a ON a.id = q.id
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
WHERE :year IS NULL OR o.year = :year
ORDER BY q.rank, o.year, a.seq
