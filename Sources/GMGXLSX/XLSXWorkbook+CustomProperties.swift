import CXlsxWriter

extension XLSXWorkbook {
    /// Stores a custom document property (File ▸ Properties ▸ Custom) as text, for example an
    /// identity a program recognises when the file comes back.
    /// - Throws: ``XLSXError`` when libxlsxwriter refuses it (an empty name, too long a value).
    public func setCustomProperty(_ name: String, text: String) throws {
        let result = workbook_set_custom_property_string(try openHandle(), retain(name), retain(text))
        guard result == LXW_NO_ERROR else {
            throw record(XLSXError(reason: .library(code: Int32(bitPattern: result.rawValue))))
        }
    }
}
