-- title: The chair's programme
-- description: What the chair presented for its year: vision, objectives, priorities, linkages and the road ahead, as the slides give them.
-- param: term integer  The chair term's year, e.g. 2014
SELECT ag.acronym AS chair,
       CASE p.kind WHEN 'road-ahead' THEN 'the road ahead' ELSE p.kind END AS kind,
       p.position AS number,
       p.text AS text,
       coalesce(w.name, '') AS work_stream,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = p.source), p.source) AS source
FROM chair_programmes p
JOIN agencies ag ON ag.id = p.chair
LEFT JOIN work_streams w ON w.id = p.work_stream
WHERE p.year = :term
ORDER BY CASE p.kind WHEN 'vision' THEN 1 WHEN 'objective' THEN 2 WHEN 'priority' THEN 3 WHEN 'linkage' THEN 4 ELSE 5 END,
         p.position
