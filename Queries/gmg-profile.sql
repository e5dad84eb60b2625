-- title: The GMG: mission, history, governance and work
-- description: What the documents say about the Global Migration Group itself, topic by topic, in chronological order within each topic.
-- param: topic text = null  Only this topic: mission, history, governance or work
SELECT f.topic AS topic,
       f.date_text AS date,
       f.text AS text,
       f.note AS note,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = f.source), f.source) AS source,
       f.id AS id
FROM group_facts f
WHERE :topic IS NULL OR f.topic = :topic
ORDER BY CASE f.topic WHEN 'mission' THEN 1 WHEN 'history' THEN 2 WHEN 'governance' THEN 3 ELSE 4 END, f.seq
