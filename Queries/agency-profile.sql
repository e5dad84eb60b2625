-- title: Agency profile
-- description: For an agency briefing: what the agency does on migration (its paragraph in the 2008 information note), its GMG membership, the chair terms the documents give it and its roles in working groups and task forces.
-- param: agency text  The agency as reports show it (an acronym such as ILO or World Bank) or its id
-- note: A regional commission has no profile of its own; it is shown the profile of the UN Regional Commissions, the member it belongs to.
WITH agency AS (
    SELECT * FROM agencies WHERE id = :agency OR acronym = :agency COLLATE NOCASE LIMIT 1
),
cited AS (
    SELECT c.source, d.date_text FROM citations c JOIN documents d ON d.id = c.document WHERE c.position = 1
)
SELECT topic, period, text,
       coalesce((SELECT cs.citation FROM cited_sources cs WHERE cs.source = q.source), q.source) AS source
FROM (
    SELECT 1 AS rank, p.paragraph AS position,
           CASE WHEN p.agency = ag.id THEN 'What it does on migration'
                ELSE 'What it does on migration (as one of the ' || parent.acronym || ')' END AS topic,
           coalesce(cited.date_text, '') AS period, p.text AS text, p.source AS source
    FROM agency ag
    LEFT JOIN agencies parent ON parent.id = ag.part_of
    JOIN agency_profiles p ON p.agency = ag.id
        OR (p.agency = ag.part_of AND NOT EXISTS (SELECT 1 FROM agency_profiles own WHERE own.agency = ag.id))
    LEFT JOIN cited ON cited.source = p.source
    UNION ALL
    SELECT 2, 0, 'GMG membership', '',
           rtrim(CASE ag.gmg_member WHEN 'yes' THEN coalesce('Member through ' || parent.acronym || '. ', 'Member. ')
                                    WHEN 'no' THEN 'Not a GMG member. '
                                    ELSE 'Not listed as a member in the documents. ' END || ag.membership_note),
           ag.source
    FROM agency ag LEFT JOIN agencies parent ON parent.id = ag.part_of
    UNION ALL
    SELECT 3, t.start_date, 'GMG chair',
           CASE WHEN t.start_semester = t.end_semester AND t.start_semester = 1 THEN 'first half of ' || t.term
                WHEN t.start_semester = t.end_semester THEN 'second half of ' || t.term ELSE CAST(t.term AS TEXT) END,
           CASE WHEN t.status = 'planned' AND EXISTS (SELECT 1 FROM chair_terms c WHERE c.status = 'confirmed'
                     AND c.agency <> t.agency AND c.start_date <= t.end_date AND c.end_date >= t.start_date)
                THEN 'planned, superseded by a later document' ELSE t.status END
           || CASE WHEN t.note = '' THEN '' ELSE ': ' || t.note END,
           t.source
    FROM agency ag JOIN chair_terms t ON t.agency = ag.id
    UNION ALL
    SELECT 4, g.rowid, 'Working group or task force', coalesce(cited.date_text, c.as_of),
           c.role || ' of the ' || g.name, c.source
    FROM agency ag
    JOIN group_chairs c ON c.agency = ag.id
    JOIN working_groups g ON g.id = c.working_group
    LEFT JOIN cited ON cited.source = c.source
) q
ORDER BY rank, position
