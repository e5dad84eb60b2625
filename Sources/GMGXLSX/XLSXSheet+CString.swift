import CXlsxWriter

extension XLSXSheet {
    /// Writes NUL-terminated UTF-8 text as a string cell (never a formula), straight from a C
    /// buffer: the path for text that already sits in memory as bytes, such as the fields of a
    /// streamed CSV, without making a `String` per cell. Empty text writes nothing.
    ///
    /// The caller guarantees valid UTF-8 that stays alive during the call.
    /// - Throws: ``XLSXError`` naming this sheet and the cell (for example a string over 32,767
    ///   characters, error 21).
    public func write(cString: UnsafePointer<CChar>, row: Int, column: Int, format: XLSXFormat? = nil) throws {
        let (r, c) = try position(row, column)
        try check(worksheet_write_string(handle, r, c, cString, format?.pointer), row, column)
    }
}
