-- title: Coming up (timeline)
-- description: Activities overlapping a date window, by work stream, for a gantt chart, with whether their date is tentative.
-- param: from date  First day of the window
-- param: to date  Last day of the window
-- column: starts date
-- column: ends date
SELECT section, label, starts, ends, tentative
FROM timeline_items
WHERE starts <= :to AND ends >= :from
ORDER BY stream_order, starts, activity_seq
