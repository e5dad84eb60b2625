-- title: Data quality of the term
-- description: How many activities of the term's plan year have each kind of gap in the source documents; the annex lists them activity by activity.
-- param: term integer  The term's year, e.g. 2014
SELECT issue, count(*) AS activities FROM (
    SELECT 1 AS rank, 'no lead named' AS issue FROM activities a JOIN outputs o ON o.id = a.output
        WHERE o.year = :term AND NOT EXISTS (SELECT 1 FROM lead_list_members l WHERE l.list = a.lead_list)
    UNION ALL
    SELECT 2, 'no funding source named' FROM activities a JOIN outputs o ON o.id = a.output
        WHERE o.year = :term AND NOT EXISTS (SELECT 1 FROM funding_list_members f WHERE f.list = a.funding_list)
    UNION ALL
    SELECT 3, 'no cost stated' FROM activities a JOIN outputs o ON o.id = a.output WHERE o.year = :term AND a.cost_usd IS NULL
    UNION ALL
    SELECT 4, 'no time frame, or one that cannot be read as dates' FROM activities a JOIN outputs o ON o.id = a.output
        WHERE o.year = :term AND a.start_date IS NULL
    UNION ALL
    SELECT 5, 'time frame ends before the plan year' FROM activities a JOIN outputs o ON o.id = a.output
        WHERE o.year = :term AND a.end_date < (o.year || '-01-01')
    UNION ALL
    SELECT 6, 'cells taken from a merged row of the plan''s table' FROM activities a JOIN outputs o ON o.id = a.output
        WHERE o.year = :term AND a.inherited_fields <> ''
)
GROUP BY rank, issue
ORDER BY rank
