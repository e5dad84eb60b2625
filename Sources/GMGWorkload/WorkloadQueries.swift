/// The SQL of the workload's aggregates over ``WorkloadDatabase``'s schema.
///
/// SQLite groups by sorting, so what costs at a million activities is the number of joined rows
/// each statement sorts. The activities are therefore sorted once, into `activity_groups`: one
/// row per (year, work stream, lead list, funding list) with its counts and cost (about 0.6
/// rows per activity at a million). Work streams, years, funding sources and the cube are then
/// sums over those groups expanded by their lists' names. Distinct outputs need the activities
/// themselves only per lead agency; per year and work stream they are rows of `outputs` (every
/// output has an activity, and an output belongs to one year and work stream). Groups are formed
/// on integer ids and names joined afterwards. Money is in thousandths of a dollar.
enum WorkloadQueries {
    static let activityGroups = """
        CREATE TEMP TABLE activity_groups AS
        SELECT o.year AS year, o.work_stream AS work_stream, a.leads AS leads, a.funding AS funding,
               count(*) AS activities, count(a.cost_milli) AS costed, coalesce(sum(a.cost_milli), 0) AS cost_milli
        FROM activities a JOIN outputs o ON o.id = a.output
        GROUP BY o.year, o.work_stream, a.leads, a.funding
        """

    static let yearStream = """
        CREATE TEMP TABLE year_stream AS
        SELECT g.year AS year, g.work_stream AS work_stream, sum(g.activities) AS activities,
               (SELECT count(*) FROM outputs o WHERE o.year = g.year AND o.work_stream = g.work_stream) AS outputs,
               sum(g.costed) AS costed, sum(g.cost_milli) AS cost_milli
        FROM activity_groups g
        GROUP BY g.year, g.work_stream
        """

    static let sourceYear = """
        CREATE TEMP TABLE source_year AS
        SELECT f.source AS source, g.year AS year, sum(g.activities) AS activities, sum(g.costed) AS costed,
               total(g.cost_milli * f.share) AS cost_milli
        FROM activity_groups g JOIN funding_list_names f ON f.list = g.funding
        GROUP BY f.source, g.year
        """

    static let totals = """
        SELECT coalesce(sum(activities), 0), coalesce(sum(outputs), 0), coalesce(sum(costed), 0),
               coalesce(sum(cost_milli), 0)
        FROM year_stream
        """

    static let byYear = """
        SELECT year, sum(activities), sum(outputs), sum(costed), sum(cost_milli)
        FROM year_stream GROUP BY year ORDER BY year
        """

    static let byWorkStream = """
        SELECT w.name, sum(y.activities), sum(y.outputs), sum(y.costed), sum(y.cost_milli)
        FROM year_stream y JOIN work_streams w ON w.id = y.work_stream
        GROUP BY w.name ORDER BY w.name
        """

    /// Each lead agency gets the full cost of the activities it leads.
    static let byAgency = """
        SELECT n.name, g.activities, g.outputs, g.costed, g.cost_milli
        FROM (SELECT l.agency AS agency, count(*) AS activities, count(DISTINCT a.output) AS outputs,
                     count(a.cost_milli) AS costed, coalesce(sum(a.cost_milli), 0) AS cost_milli
              FROM activities a JOIN lead_list_names l ON l.list = a.leads
              GROUP BY l.agency) g
        JOIN names n ON n.id = g.agency
        ORDER BY n.name
        """

    static let byFundingSource = """
        SELECT n.name, sum(s.activities), sum(s.costed), total(s.cost_milli)
        FROM source_year s JOIN names n ON n.id = s.source
        GROUP BY n.name ORDER BY n.name
        """

    /// The cells of the funding source × year table, before pivoting.
    static let fundingByYear = """
        SELECT n.name, s.year, s.cost_milli
        FROM source_year s JOIN names n ON n.id = s.source
        ORDER BY n.name, s.year
        """

    /// One row per (lead agency, year, work stream, funding source) of the (lead, source) pairs.
    static let cube = """
        SELECT n.name, c.year, w.name, s.name, c.activities, c.cost_milli
        FROM (SELECT l.agency AS agency, g.year AS year, g.work_stream AS work_stream, f.source AS source,
                     sum(g.activities) AS activities, total(g.cost_milli * f.share) AS cost_milli
              FROM activity_groups g
              JOIN lead_list_names l ON l.list = g.leads JOIN funding_list_names f ON f.list = g.funding
              GROUP BY 1, 2, 3, 4) c
        JOIN names n ON n.id = c.agency JOIN work_streams w ON w.id = c.work_stream JOIN names s ON s.id = c.source
        ORDER BY 1, 2, 3, 4
        """
}
