import ArgumentParser
import Foundation
import GMGData
import GMGQuery

/// Loading the validated data into the database, shared by the commands that query it.
enum Session {
    /// The database of the interchange file when one is given, else of the data folder; exits with
    /// status 1 when the data has errors.
    /// - Parameter statements: every statement that will run on an interchange file's database,
    ///   when known (its activity rows are stored only if one reads them); nil: any may.
    static func database(_ data: DataOptions, interchange: String? = nil, limits: QueryLimits = .standard,
                         answering statements: [String]? = nil) throws -> GMGDatabase {
        if let interchange {
            return try showing("loading \(interchange) into the database") {
                try GMGDatabase(interchange: URL(fileURLWithPath: interchange), limits: limits, answering: statements)
            }
        }
        let result = try data.loadValidated()
        return try showing("loading the data into the database") { try GMGDatabase(dataset: result.dataset, limits: limits) }
    }
}
