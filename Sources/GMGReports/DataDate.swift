import GMGQuery
import GMGTable

/// The date of the data: what the saved query `data-date` gives (the latest dated source), shown as
/// "data as of" beside the build date in documents, workbooks and query workbooks.
public enum DataDate {
    /// The data's date, or nil when there is no `data-date` query or it gives no date.
    /// - Throws: ``QueryError`` when the query fails.
    public static func of(_ database: GMGDatabase, queries: QueryLibrary) throws -> CalendarDate? {
        guard queries.queries.contains(where: { $0.name == "data-date" }) else { return nil }
        switch try database.run(queries.query(named: "data-date")).rows.first?.first {
        case .text(let text)?: return CalendarDate(iso: text)
        case .date(let date)?: return date
        default: return nil
        }
    }
}
