-- title: Chair terms
-- description: Every chairmanship the documents name, planned or confirmed, with its source.
-- column: starts date
-- column: ends date
SELECT t.term AS term,
       ag.acronym AS chair,
       ag.full_name AS chair_name,
       t.start_date AS starts,
       t.end_date AS ends,
       t.status AS status,
       t.note AS note,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = t.source), t.source) AS source
FROM chair_terms t
JOIN agencies ag ON ag.id = t.agency
ORDER BY t.term, t.start_date, t.status DESC, ag.acronym
