-- title: Who chaired
-- description: The chairs of one term, semester by semester, planned or confirmed, with the documents that say so; a planned term that a later document confirms is shown once, as confirmed.
-- param: term integer  The term's year, e.g. 2014
-- column: starts date
-- column: ends date
SELECT ag.acronym AS chair,
       CASE WHEN ag.full_name = ag.acronym THEN '' ELSE ag.full_name END AS chair_name,
       t.start_date AS starts,
       t.end_date AS ends,
       CASE WHEN t.start_semester = t.end_semester AND t.start_date LIKE '%-01-01' AND t.end_date LIKE '%-06-30' THEN 'first half'
            WHEN t.start_semester = t.end_semester THEN 'second half' ELSE 'whole year' END AS period,
       CASE WHEN t.status = 'planned' AND EXISTS (SELECT 1 FROM chair_terms c WHERE c.status = 'confirmed'
                 AND c.agency <> t.agency AND c.start_date <= t.end_date AND c.end_date >= t.start_date)
            THEN 'planned, superseded by a later document' ELSE t.status END AS status,
       t.note AS note,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = t.source), t.source) AS source
FROM chair_terms t
JOIN agencies ag ON ag.id = t.agency
WHERE t.term = :term
  AND NOT (t.status = 'planned' AND EXISTS (SELECT 1 FROM chair_terms c WHERE c.status = 'confirmed'
           AND c.agency = t.agency AND c.start_date = t.start_date AND c.end_date = t.end_date))
ORDER BY t.start_date, t.status, ag.acronym
