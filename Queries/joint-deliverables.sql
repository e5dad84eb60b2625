-- title: Joint GMG deliverables
-- description: The deliverables the plan lists for the year (joint GMG and working group / task force) and the outputs of the joint work streams.
-- param: term integer  The term's year, e.g. 2014
SELECT CASE d.category WHEN 'joint' THEN 'joint GMG deliverable' ELSE 'working group / task force deliverable' END AS kind,
       d.printed_number AS number,
       d.text AS deliverable,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = d.source), d.source) AS source
FROM planned_deliverables d
WHERE d.list = 'foreseen' AND d.year = :term
ORDER BY d.category DESC, d.rowid
