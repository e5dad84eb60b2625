-- title: Timeline of the term
-- description: Activities of the plan year with a readable time frame, by work stream, for a gantt chart: the printed number and the start of the description, and whether the date is tentative.
-- param: term integer  The term's year, e.g. 2014
-- column: starts date
-- column: ends date
SELECT section, label, starts, ends, tentative
FROM timeline_items
WHERE year = :term
ORDER BY stream_order, output_seq, activity_seq
