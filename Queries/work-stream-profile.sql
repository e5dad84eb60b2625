-- title: Work stream
-- description: One work stream: its name and plan (as a title: the plan's own name without the issuer's prefix), kind, who is responsible (named, "A, B and C"), its objective and size, with phrases for the briefing's text.
-- param: work_stream text  The work stream id (see Data/work_streams.csv)
WITH RECURSIVE stream AS (
    SELECT w.*, p.title AS plan_title FROM work_streams w JOIN plans p ON p.id = w.plan WHERE w.id = :work_stream
),
-- The `responsible` list ("UNDP;OHCHR", a group id, a role), one item per row, named as running text names them.
responsible_items(item, rest, position) AS (
    SELECT '', responsible || ';', 0 FROM stream
    UNION ALL
    SELECT trim(substr(rest, 1, instr(rest, ';') - 1)), substr(rest, instr(rest, ';') + 1), position + 1
    FROM responsible_items WHERE rest <> ''
),
responsible_named AS (
    SELECT coalesce((SELECT ag.prose_name FROM agencies ag WHERE ag.id = lower(i.item) OR ag.acronym = i.item),
                    (SELECT g.name FROM working_groups g WHERE g.id = i.item),
                    (SELECT 'the GMG chair' FROM aliases x WHERE x.alias = i.item AND x.kind = 'role' AND x.target = 'chair'),
                    i.item) AS name,
           row_number() OVER (ORDER BY i.position) AS k, count(*) OVER () AS n
    FROM responsible_items i WHERE i.item <> '' ORDER BY i.position
),
-- Who co-chairs or co-convenes the group carrying the stream: "co-convened by ILO and IOM".
chairs AS (
    SELECT c.role, ag.prose_name AS name,
           row_number() OVER (PARTITION BY c.role ORDER BY ag.acronym) AS k, count(*) OVER (PARTITION BY c.role) AS n
    FROM working_groups g JOIN group_chairs c ON c.working_group = g.id JOIN agencies ag ON ag.id = c.agency
    WHERE g.work_stream = :work_stream ORDER BY c.role, ag.acronym
),
chair_roles AS (
    SELECT CASE role WHEN 'co-chair' THEN 'co-chaired by ' WHEN 'co-convener' THEN 'co-convened by ' ELSE 'chaired by ' END
           || group_concat(CASE WHEN k = 1 THEN name WHEN k = n THEN ' and ' || name ELSE ', ' || name END, '') AS text
    FROM chairs GROUP BY role ORDER BY role
),
sizes AS (
    SELECT (SELECT count(*) FROM outputs o WHERE o.work_stream = :work_stream) AS outputs,
           (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id WHERE o.work_stream = :work_stream) AS activities,
           (SELECT count(*) FROM outputs o JOIN activities a ON a.output = o.id
            WHERE o.work_stream = :work_stream AND a.status = 'delivered') AS delivered
)
SELECT w.name AS work_stream,
       w.plan_title AS plan,
       -- "Global Migration Group – Multi-Annual Work Plan 2013-2015" → "Multi-Annual Work Plan 2013-2015";
       -- "Outcome of the GMG Retreat: Priorities for 2015" → "Priorities for 2015".
       CASE WHEN instr(w.plan_title, ' – ') > 0 THEN substr(w.plan_title, instr(w.plan_title, ' – ') + 3)
            WHEN instr(w.plan_title, ': ') > 0 THEN substr(w.plan_title, instr(w.plan_title, ': ') + 2)
            ELSE w.plan_title END AS plan_short,
       w.kind AS kind,
       CASE w.kind WHEN 'unclassified' THEN 'a work stream' ELSE 'a ' || w.kind || ' work stream' END AS kind_phrase,
       coalesce((SELECT group_concat(CASE WHEN k = 1 THEN name WHEN k = n THEN ' and ' || name ELSE ', ' || name END, '')
                 FROM responsible_named), '') AS responsible,
       -- The objective as a sentence: it starts with a capital in print (the data keeps it as written).
       CASE WHEN w.objective = '' THEN '' ELSE upper(substr(w.objective, 1, 1)) || rtrim(substr(w.objective, 2), '. ') || '.' END AS objective,
       s.outputs AS outputs,
       s.activities AS activities,
       printf('%,d', s.outputs) || CASE s.outputs WHEN 1 THEN ' output' ELSE ' outputs' END AS outputs_text,
       printf('%,d', s.activities) || CASE s.activities WHEN 1 THEN ' activity' ELSE ' activities' END AS activities_text,
       s.delivered AS delivered,
       CASE WHEN s.activities = 0 THEN ''
            WHEN s.delivered = 0 THEN CASE s.activities WHEN 1 THEN 'not reported delivered' ELSE 'none of them reported delivered' END
            WHEN s.delivered = s.activities THEN CASE s.activities WHEN 1 THEN 'reported delivered' ELSE 'all of them reported delivered' END
            ELSE s.delivered || ' of them reported delivered' END AS delivered_text,
       coalesce((SELECT g.name FROM working_groups g WHERE g.work_stream = w.id LIMIT 1), '') AS carried_by,
       coalesce((SELECT group_concat(text, ' and ') FROM chair_roles), '') AS chaired_by
FROM stream w, sizes s
