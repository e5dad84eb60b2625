-- title: Totals
-- description: Activities, distinct outputs, costed activities and their cost, optionally for one plan year.
-- param: year integer = null  Only this plan year (every year when null)
-- column: cost_usd money
/* Read from stream_groups (the activities summed once while loading per output year, work stream
   and funding list). */
SELECT coalesce(sum(g.activities), 0) AS activities,
       /* outputs with an activity, found through the groups' key (output_seq first): counting the
          distinct outputs of the groups would sort them all */
       (SELECT count(*) FROM outputs o
        WHERE (:year IS NULL OR o.year = :year) AND EXISTS (SELECT 1 FROM activity_groups x WHERE x.output_seq = o.seq)) AS outputs,
       coalesce(sum(g.costed_activities), 0) AS costed_activities,
       sum(g.cost_milli) / 1000.0 AS cost_usd
FROM stream_groups g
WHERE :year IS NULL OR g.year = :year
