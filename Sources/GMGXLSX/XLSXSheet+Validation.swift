import CXlsxWriter
import Foundation
import GMGTable

extension XLSXSheet {
    /// Applies `validation` to the cells of `column` from `firstRow` to `lastRow` (zero-based).
    /// - Throws: ``XLSXError`` naming the first cell, for example when a list is longer than
    ///   Excel's 255 characters or a message is too long.
    public func addValidation(_ validation: XLSXValidation, column: Int, firstRow: Int, lastRow: Int) throws {
        let (r1, c) = try position(firstRow, column)
        let (r2, _) = try position(lastRow, column)
        var options = lxw_data_validation()
        options.ignore_blank = validation.allowsBlank ? UInt8(LXW_VALIDATION_ON.rawValue) : UInt8(LXW_VALIDATION_OFF.rawValue)
        options.error_type = UInt8((validation.errorStyle == .stop ? LXW_VALIDATION_ERROR_TYPE_STOP
                                                                    : LXW_VALIDATION_ERROR_TYPE_WARNING).rawValue)
        if let title = validation.inputTitle { options.input_title = workbook.retain(title) }
        if let message = validation.inputMessage { options.input_message = workbook.retain(message) }
        if let message = validation.errorMessage { options.error_message = workbook.retain(message) }
        var list: [UnsafeMutablePointer<CChar>?] = []
        switch validation.rule {
        case .list(let values):
            guard !values.isEmpty, values.joined(separator: ",").count <= 255, !values.contains(where: { $0.contains(",") }) else {
                throw fail(.invalidTable("a drop-down list must have 1 to 255 characters and no commas"), firstRow, column)
            }
            options.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            options.dropdown = UInt8(LXW_VALIDATION_ON.rawValue)
            list = values.map { workbook.retain($0) } + [nil]
        case .dateBetween(let first, let last):
            options.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            options.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            options.minimum_datetime = Self.datetime(first)
            options.maximum_datetime = Self.datetime(last)
        case .decimalAtLeast(let minimum):
            options.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            options.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
            options.value_number = minimum
        case .textLength(let range):
            options.validate = UInt8(LXW_VALIDATION_TYPE_LENGTH.rawValue)
            options.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            options.minimum_number = Double(range.lowerBound)
            options.maximum_number = Double(range.upperBound)
        }
        let result = list.withUnsafeMutableBufferPointer { pointers in
            if !pointers.isEmpty { options.value_list = pointers.baseAddress }
            return worksheet_data_validation_range(handle, r1, c, r2, c, &options)
        }
        try check(result, firstRow, column)
    }

    private static func datetime(_ date: CalendarDate) -> lxw_datetime {
        lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
    }
}
