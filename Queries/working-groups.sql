-- title: Working groups and task forces
-- description: The groups that carry the thematic work streams, with their (co-)chairs or conveners.
SELECT g.name AS working_group,
       g.kind AS kind,
       coalesce(w.name, '') AS work_stream,
       coalesce((SELECT group_concat(ag.acronym || ' (' || c.role || ', ' || c.as_of || ')', '; ')
                 FROM group_chairs c JOIN agencies ag ON ag.id = c.agency WHERE c.working_group = g.id), '') AS chairs,
       (SELECT count(*) FROM activity_leads l WHERE l.lead_name = g.name) AS activities_led
FROM working_groups g
LEFT JOIN work_streams w ON w.id = g.work_stream
ORDER BY g.kind DESC, g.name
