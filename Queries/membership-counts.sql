-- title: How many members the GMG has
-- description: The number of member organizations each document states, oldest first.
-- note: Only the 2008 information note lists the members; the later counts come without a list.
SELECT m.as_of_text AS as_of,
       m.members AS members,
       m.text AS statement,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = m.source), m.source) AS source
FROM membership_counts m
ORDER BY m.as_of
