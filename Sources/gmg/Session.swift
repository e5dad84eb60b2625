import ArgumentParser
import GMGData
import GMGQuery

/// Loading the validated data into the database, shared by the commands that query it.
enum Session {
    /// The database of the data folder; exits with status 1 when the data has errors.
    static func database(_ data: DataOptions) throws -> GMGDatabase {
        let result = try data.loadValidated()
        return try GMGDatabase(dataset: result.dataset)
    }
}
