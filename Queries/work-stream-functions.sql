-- title: Work streams and the Terms of Reference
-- description: Each work stream's functions as the 2013-2015 plan frames them in the GMG's Terms of Reference, with the purpose of the 2008 Terms of Reference each restates.
-- param: work_stream text = null  Only this work stream (its id, e.g. data-research)
-- column: tor_purpose integer
SELECT w.name AS work_stream,
       f.position AS number,
       f.text AS function,
       f.tor_purpose AS tor_purpose,
       coalesce(t.text, '') AS tor_purpose_text,
       f.note AS note
FROM work_stream_functions f
JOIN work_streams w ON w.id = f.work_stream
LEFT JOIN tor_purposes t ON t.number = f.tor_purpose
WHERE :work_stream IS NULL OR f.work_stream = :work_stream
ORDER BY w.rowid, f.position
