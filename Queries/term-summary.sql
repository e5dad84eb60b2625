-- title: Summary of a chair term
-- description: One row of figures, phrases and yes/empty flags for the executive summary of the annual report: the report's template picks its sentences by these flags, so the wording holds for any year's data.
-- param: term integer  The term's year, e.g. 2014
-- param: as_of date = null  The data's date: when it falls before the end of the term, term_open is set (reports may still come)
-- column: cost_usd money
-- column: to_be_mobilized_usd money
-- note: Flags are 'yes' or empty; counts of activities are of the term's plan year, except carried_over, which counts earlier years' activities still open too. Carry-over and "no report received" are judged at the end of the term (31 December), or, while the term is open (the data's date before 31 December), at the data's date: an activity whose time frame has not ended by then is still ahead or running, not "no report received".
WITH judged AS (
    -- An activity with no report whose time frame ends before this day has "no report received"; one that ends
    -- on it or later is still ahead or running: the day after the term, or the data's date while the term is open.
    SELECT CASE WHEN :as_of < (:term || '-12-31') THEN :as_of ELSE date(:term || '-12-31', '+1 day') END AS day
),
acts AS (
    SELECT a.*, o.work_stream, o.plan,
           EXISTS (SELECT 1 FROM funding_list_members f JOIN funding_sources s ON s.id = f.funding_source
                   WHERE f.list = a.funding_list AND s.kind IN ('agency-budget', 'staff-time')) AS own_means,
           EXISTS (SELECT 1 FROM funding_list_members f WHERE f.list = a.funding_list) AS has_funding,
           EXISTS (SELECT 1 FROM lead_list_members l WHERE l.list = a.lead_list) AS has_lead
    FROM activities a JOIN outputs o ON o.id = a.output
    WHERE o.year = :term
),
figures AS (
    SELECT count(*) AS activities,
           count(DISTINCT output) AS outputs,
           count(DISTINCT work_stream) AS work_streams,
           count(CASE WHEN status = 'delivered' THEN 1 END) AS delivered,
           count(CASE WHEN status = 'in-progress' THEN 1 END) AS in_progress,
           count(CASE WHEN status IN ('planned', 'postponed') THEN 1 END) AS planned_or_postponed,
           count(CASE WHEN status = 'cancelled' THEN 1 END) AS cancelled,
           count(CASE WHEN status = '' THEN 1 END) AS not_reported,
           count(CASE WHEN status = '' AND (end_date IS NULL OR end_date < (SELECT day FROM judged)) THEN 1 END) AS no_report_received,
           (SELECT count(*) FROM activities a JOIN outputs o ON o.id = a.output
            WHERE o.year <= :term AND (a.status IN ('in-progress', 'planned', 'postponed')
                                       OR (a.status = '' AND a.end_date >= (SELECT day FROM judged)))) AS carried_over,
           count(cost_usd) AS costed,
           sum(cost_usd) AS cost_usd,
           count(CASE WHEN own_means THEN 1 END) AS own_means,
           count(CASE WHEN NOT has_funding THEN 1 END) AS without_funding,
           count(CASE WHEN NOT has_lead THEN 1 END) AS without_lead,
           count(CASE WHEN tentative = 1 THEN 1 END) AS tentative
    FROM acts
),
chairs AS (
    -- Named as a reader lists them: "A", "A and B", "A, B and C".
    SELECT group_concat(CASE WHEN k = 1 THEN chair WHEN k = n THEN ' and ' || chair ELSE ', ' || chair END, '') AS names,
           count(*) AS chair_count FROM (
        SELECT row_number() OVER (ORDER BY t.start_date) AS k, count(*) OVER () AS n,
               ag.prose_name || CASE WHEN t.start_semester = t.end_semester
                                  THEN ' (' || CASE t.start_semester WHEN 1 THEN 'first' ELSE 'second' END || ' half)' ELSE '' END AS chair
        FROM chair_terms t JOIN agencies ag ON ag.id = t.agency
        WHERE t.term = :term AND (t.status = 'confirmed' OR NOT EXISTS (
            SELECT 1 FROM chair_terms c WHERE c.term = :term AND c.status = 'confirmed'
              AND c.start_date <= t.end_date AND c.end_date >= t.start_date))
          AND NOT (t.status = 'planned' AND EXISTS (SELECT 1 FROM chair_terms c WHERE c.status = 'confirmed'
                   AND c.agency = t.agency AND c.start_date = t.start_date AND c.end_date = t.end_date))
        ORDER BY t.start_date)
),
leads AS (
    SELECT group_concat(CASE WHEN k = 1 THEN '' WHEN k = total THEN ' and ' ELSE ', ' END || lead_name || ' (' || printf('%,d', n) || ')', '') AS top_leads
    FROM (SELECT lead_name, n, row_number() OVER (ORDER BY n DESC, lead_name) AS k, count(*) OVER () AS total FROM (
        SELECT l.lead_name, count(DISTINCT acts.id) AS n
        FROM lead_list_members l JOIN acts ON acts.lead_list = l.list
        WHERE l.lead_kind = 'agency'
        GROUP BY l.lead_name ORDER BY n DESC, l.lead_name LIMIT 3) ORDER BY k)
)
SELECT coalesce(chairs.names, '') AS chairs,
       CASE WHEN chairs.chair_count > 1 THEN 'yes' ELSE '' END AS two_chairs,
       (SELECT group_concat(title, '; ') FROM (SELECT DISTINCT p.title FROM plans p JOIN acts ON acts.plan = p.id)) AS plans,
       printf('%,d', activities) || CASE activities WHEN 1 THEN ' activity' ELSE ' activities' END AS activities_text,
       printf('%,d', outputs) || CASE outputs WHEN 1 THEN ' output' ELSE ' outputs' END AS outputs_text,
       printf('%,d', work_streams) || CASE work_streams WHEN 1 THEN ' work stream' ELSE ' work streams' END AS work_streams_text,
       activities, delivered, in_progress, not_reported, no_report_received, carried_over, costed, cost_usd,
       delivered + in_progress + planned_or_postponed + cancelled AS reported,
       CASE WHEN activities > 0 AND delivered = activities THEN 'yes' ELSE '' END AS all_delivered,
       CASE WHEN delivered > 0 AND delivered < activities THEN 'yes' ELSE '' END AS some_delivered,
       CASE WHEN activities = 0 THEN 'yes' ELSE '' END AS no_activities,
       CASE WHEN activities > 0 AND not_reported = activities THEN 'yes' ELSE '' END AS none_reported,
       CASE WHEN not_reported < activities AND delivered < activities THEN 'yes' ELSE '' END AS partly_reported,
       CASE WHEN in_progress > 0 THEN 'yes' ELSE '' END AS any_in_progress,
       CASE WHEN cancelled > 0 THEN printf('%,d', cancelled) || CASE cancelled WHEN 1 THEN ' activity was' ELSE ' activities were' END || ' cancelled' ELSE '' END AS cancelled_text,
       printf('%,d', delivered) || ' of ' || printf('%,d', activities) AS delivered_share,
       CASE WHEN not_reported > 0 AND not_reported < activities THEN printf('%,d', not_reported) || CASE not_reported WHEN 1 THEN ' activity has' ELSE ' activities have' END || ' no report' ELSE '' END AS not_reported_text,
       CASE WHEN :as_of < (:term || '-12-31') THEN 'yes' ELSE '' END AS term_open,
       CASE WHEN no_report_received > 0 THEN printf('%,d', no_report_received) || CASE no_report_received WHEN 1 THEN ' activity' ELSE ' activities' END ELSE '' END AS no_report_received_text,
       CASE WHEN carried_over > 0 THEN printf('%,d', carried_over) || CASE carried_over WHEN 1 THEN ' activity carries' ELSE ' activities carry' END ELSE '' END AS carried_over_text,
       CASE WHEN carried_over > 0 THEN printf('%,d', carried_over) || CASE carried_over WHEN 1 THEN ' activity is' ELSE ' activities are' END ELSE '' END AS still_open_text,
       CASE WHEN activities > 0 AND costed = 0 THEN 'yes' ELSE '' END AS none_costed,
       CASE WHEN costed > 0 AND costed = activities THEN 'yes' ELSE '' END AS all_costed,
       CASE WHEN costed > 0 AND costed < activities
            THEN printf('%,d', costed) || ' of the ' || printf('%,d', activities) || ' activities ' || CASE costed WHEN 1 THEN 'states' ELSE 'state' END ELSE '' END AS costed_text,
       (SELECT sum(a.cost_usd * f.share) FROM acts a JOIN funding_list_members f ON f.list = a.funding_list
        JOIN funding_sources s ON s.id = f.funding_source WHERE s.kind = 'to-be-mobilized') AS to_be_mobilized_usd,
       CASE WHEN own_means * 2 > activities THEN 'yes' ELSE '' END AS mostly_own_means,
       printf('%,d', own_means) || ' of ' || printf('%,d', activities) AS own_means_share,
       CASE WHEN own_means > 0 THEN printf('%,d', own_means) || ' of the ' || printf('%,d', activities) || ' activities ' || CASE own_means WHEN 1 THEN 'relies' ELSE 'rely' END ELSE '' END AS own_means_text,
       CASE WHEN without_funding > 0 THEN printf('%,d', without_funding) || CASE without_funding WHEN 1 THEN ' activity names' ELSE ' activities name' END || ' no funding source' ELSE '' END AS without_funding_text,
       CASE WHEN without_lead > 0 THEN printf('%,d', without_lead) || CASE without_lead WHEN 1 THEN ' activity names' ELSE ' activities name' END || ' no lead' ELSE '' END AS without_lead_text,
       CASE WHEN tentative > 0 THEN printf('%,d', tentative) || CASE tentative WHEN 1 THEN ' activity has a date' ELSE ' activities have dates' END || ' still to be confirmed' ELSE '' END AS tentative_text,
       coalesce(leads.top_leads, '') AS top_leads
FROM figures, chairs, leads
