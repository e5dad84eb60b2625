-- title: Agencies
-- description: GMG members and every agency named as a lead or funder, with what the documents say about membership.
SELECT ag.acronym AS acronym,
       ag.full_name AS name,
       ag.kind AS kind,
       coalesce(p.acronym, '') AS part_of,
       ag.gmg_member AS gmg_member,
       ag.membership_note AS membership
FROM agencies ag
LEFT JOIN agencies p ON p.id = ag.part_of
ORDER BY ag.gmg_member DESC, ag.acronym
