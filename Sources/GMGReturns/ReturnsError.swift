/// A failure of `gmg returns` that stops the command (as opposed to the findings about a return,
/// which are ``ReturnDiagnostic``s).
public enum ReturnsError: Error, Equatable, CustomStringConvertible {
    /// The returns definition file is wrong (file, key and what is wrong).
    case definition(file: String, key: String, message: String)
    /// The scope names no plan or plan year of the data, or has no activities.
    case emptyScope(String)
    /// A file could not be written (path and the system's reason).
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .definition(let file, let key, let message): key.isEmpty ? "\(file): \(message)" : "\(file): \(key): \(message)"
        case .emptyScope(let message): message
        case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
