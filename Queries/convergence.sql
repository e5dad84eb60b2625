-- title: The Secretary-General's eight-point agenda: convergence
-- description: Each point of the Secretary-General's eight-point agenda for action and whether the GMG position paper for the HLD, the HLD Declaration, civil society's five-year plan and the Special Representative address it, as the convergence table of February 2014 shows.
SELECT p.point AS point,
       p.text AS agenda_point,
       CASE WHEN p.gmg_position_paper THEN 'yes' ELSE 'no' END AS gmg_position_paper,
       CASE WHEN p.hld_declaration THEN 'yes' ELSE 'no' END AS hld_declaration,
       CASE WHEN p.civil_society_plan THEN 'yes' ELSE 'no' END AS civil_society_plan,
       CASE WHEN p.srsg THEN 'yes' ELSE 'no' END AS special_representative,
       coalesce((SELECT c.citation FROM cited_sources c WHERE c.source = p.source), p.source) AS source
FROM sg_agenda p
ORDER BY p.point
