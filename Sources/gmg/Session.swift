import ArgumentParser
import Foundation
import GMGData
import GMGQuery

/// Loading the validated data into the database, shared by the commands that query it.
enum Session {
    /// The database of the interchange file when one is given, else of the data folder; exits with
    /// status 1 when the data has errors.
    static func database(_ data: DataOptions, interchange: String? = nil, limits: QueryLimits = .standard) throws -> GMGDatabase {
        if let interchange {
            return try showing("loading \(interchange) into the database") {
                try GMGDatabase(interchange: URL(fileURLWithPath: interchange), limits: limits)
            }
        }
        let result = try data.loadValidated()
        return try showing("loading the data into the database") { try GMGDatabase(dataset: result.dataset, limits: limits) }
    }
}
