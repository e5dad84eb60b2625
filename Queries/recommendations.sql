-- title: Key recommendations
-- description: The key recommendations of the GMG's follow-up to the 2013 High-level Dialogue (slides of February 2014), by level, with the sub-points of the post-2015 recommendation.
-- param: level text = null  Only this level: governance, policy, operational or post-2015
SELECT CASE r.level WHEN 'governance' THEN 'Governance level' WHEN 'policy' THEN 'Policy level'
                    WHEN 'operational' THEN 'Operational level' ELSE 'Post-2015 UN development agenda' END AS level,
       r.position AS number,
       r.text AS recommendation,
       coalesce(r.parent, '') AS part_of,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = r.source), r.source) AS source,
       r.id AS id
FROM recommendations r
WHERE :level IS NULL OR r.level = :level
ORDER BY r.seq
