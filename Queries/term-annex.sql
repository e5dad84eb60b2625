-- title: Activities of the term in full
-- description: Every activity of the term's plan year in full, by work stream and output, for the annex of the annual report: time frame, leads, funding and cost as the plan states them ("not stated" where it states nothing), what is reported, the sources (the place in the document most activities are cited from, named once in main_source; document title and place for any other), and the activity's data-quality notes.
-- param: term integer  The term's year, e.g. 2014
-- param: as_of date = null  The data's date: while the term is open (before 31 December) things are judged at it
-- column: cost_usd money
WITH judged AS (
    -- The day things are judged at: the day after the term, or the data's date while the term is open (see term-summary).
    SELECT CASE WHEN :as_of < (:term || '-12-31') THEN :as_of ELSE date(:term || '-12-31', '+1 day') END AS day
),
firsts AS (
    -- Which rows start the annex, a work stream or an output (numbered on the keys alone: sorting whole rows costs more).
    SELECT a.seq AS seq,
           row_number() OVER (ORDER BY w.rowid, o.seq, a.seq) AS in_annex,
           row_number() OVER (PARTITION BY w.id ORDER BY o.seq, a.seq) AS in_work_stream,
           row_number() OVER (PARTITION BY o.id ORDER BY a.seq) AS in_output
    FROM activities a
    JOIN outputs o ON o.id = a.output
    JOIN work_streams w ON w.id = o.work_stream
    WHERE o.year = :term
),
main AS (
    -- The document most of the year's activities are cited from: the annex names it once.
    SELECT ci.document AS id, d.citation AS citation
    FROM activities a JOIN outputs o ON o.id = a.output
    JOIN citations ci ON ci.source = a.source JOIN documents d ON d.id = ci.document
    WHERE o.year = :term
    GROUP BY ci.document ORDER BY count(*) DESC, ci.document LIMIT 1
)
SELECT w.name AS work_stream,
       CASE WHEN k.in_annex = 1 THEN 'yes' ELSE '' END AS first_row,
       coalesce((SELECT citation FROM main), '') AS main_source,
       CASE WHEN k.in_work_stream = 1 THEN 'yes' ELSE '' END AS work_stream_first,
       CASE WHEN k.in_output = 1 THEN 'yes' ELSE '' END AS output_first,
       CASE WHEN o.printed_number = '' THEN 'Output' ELSE 'Output ' || o.printed_number END AS output_number,
       rtrim(o.title, '. ') AS output,
       a.printed_number AS number,
       a.description AS activity,
       CASE WHEN a.timeframe_text = '' THEN 'not stated' ELSE a.timeframe_text END AS time_frame,
       CASE WHEN a.tentative = 1 THEN 'yes' ELSE '' END AS tentative,
       coalesce(nullif(ll.names, ''), 'no lead named') AS leads,
       coalesce(nullif(fl.names, ''), 'not stated') AS funding,
       a.cost_usd AS cost_usd,
       CASE WHEN a.cost_estimate = 1 THEN 'yes' ELSE '' END AS cost_estimate,
       CASE a.status
           WHEN 'delivered' THEN 'delivered'
           WHEN 'in-progress' THEN 'in progress'
           WHEN '' THEN CASE WHEN a.end_date >= (SELECT day FROM judged)
                                  THEN 'no report yet; the time frame runs past ' || CASE WHEN :as_of < (:term || '-12-31')
                                       THEN :as_of || ', the date of the data' ELSE 'the term' END
                             ELSE 'no report received' END
           ELSE a.status END
       || coalesce(' (' || (SELECT max(p.as_of) FROM progress p WHERE p.activity = a.id) || ')', '') AS status,
       coalesce((SELECT p.note FROM progress p WHERE p.activity = a.id ORDER BY p.as_of DESC LIMIT 1), '') AS report_note,
       coalesce((SELECT coalesce(c.citation, p.source) FROM progress p LEFT JOIN cited_sources c ON c.source = p.source
                 WHERE p.activity = a.id ORDER BY p.as_of DESC LIMIT 1), '') AS report_source,
       coalesce((SELECT group_concat(CASE WHEN ci.document = (SELECT id FROM main) THEN ci.printed_place ELSE d.citation || ', ' || ci.printed_place END, '; ')
                 FROM citations ci JOIN documents d ON d.id = ci.document WHERE ci.source = a.source), a.source) AS source,
       trim(
           CASE WHEN ll.names = '' THEN 'The plan names no lead. ' ELSE '' END
        || CASE WHEN fl.names = '' THEN 'The plan names no funding source. ' ELSE '' END
        || CASE WHEN a.timeframe_text = '' THEN 'The plan states no time frame. '
                WHEN a.start_date IS NULL THEN 'The time frame "' || a.timeframe_text || '" cannot be read as dates. ' ELSE '' END
        || CASE WHEN a.end_date < (o.year || '-01-01') THEN 'The time frame ends before the plan year. ' ELSE '' END
        || CASE WHEN a.inherited_fields <> '' THEN 'Its ' || replace(replace(a.inherited_fields, ';', ', '), 'timeframe', 'time frame') || ' are taken from the row above in a merged cell of the plan''s table. ' ELSE '' END
       ) AS quality,
       a.id AS ref
FROM activities a
JOIN outputs o ON o.id = a.output
JOIN work_streams w ON w.id = o.work_stream
JOIN lead_lists ll ON ll.id = a.lead_list
JOIN funding_lists fl ON fl.id = a.funding_list
JOIN firsts k ON k.seq = a.seq
WHERE o.year = :term
ORDER BY w.rowid, o.seq, a.seq
