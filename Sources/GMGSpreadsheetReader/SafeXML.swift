import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Receives the events of one XML part: element names and attribute names without namespace prefix.
protocol XMLEventHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String]) throws
    func end(_ name: String) throws
    func text(_ text: String)
}

/// Parses an XML part with Foundation's parser after refusing what a workbook never contains.
///
/// Refused before parsing: text that is not UTF-8 (a UTF-16/32 byte-order mark, anything but `<`
/// first, or an `encoding` other than UTF-8), and any `<!DOCTYPE` or `<!ENTITY`: without a document
/// type there are no entity declarations, so no entity bomb and no external entity; external
/// entities are also switched off in the parser.
enum SafeXML {
    /// Parses `data`, sending its events to `handler`; the first error thrown by the handler stops
    /// the parse and is rethrown.
    static func parse(_ data: Data, into handler: some XMLEventHandler,
                      fail: (SpreadsheetError.Reason) -> SpreadsheetError) throws {
        try screen(data, fail: fail)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = Delegate(handler)
        parser.delegate = delegate
        let parsed = parser.parse()
        if let error = delegate.error { throw error }
        guard parsed else {
            let message = (parser.parserError as NSError?)?.localizedDescription ?? "unknown error"
            throw fail(.malformedXML(line: parser.lineNumber, column: parser.columnNumber, message: message))
        }
    }

    /// Refuses non-UTF-8 text and document type or entity declarations.
    private static func screen(_ data: Data, fail: (SpreadsheetError.Reason) -> SpreadsheetError) throws {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard first == UInt8(ascii: "<") else { throw fail(.notUTF8) }
        if let declarationEnd = bytes.prefix(200).firstRange(of: Data("?>".utf8)) {
            let declaration = String(decoding: bytes[bytes.startIndex..<declarationEnd.lowerBound], as: UTF8.self).lowercased()
            if let range = declaration.range(of: "encoding") {
                let value = declaration[range.upperBound...].drop { " =\"'".contains($0) }.prefix { !"\"'".contains($0) }
                guard value == "utf-8" || value == "utf8" else { throw fail(.notUTF8) }
            }
        }
        if data.firstRange(of: Data("<!DOCTYPE".utf8)) != nil || data.firstRange(of: Data("<!ENTITY".utf8)) != nil {
            throw fail(.documentTypeDeclaration)
        }
    }

    /// Adapts Foundation's delegate callbacks to an ``XMLEventHandler``.
    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        var error: (any Error)?

        init(_ handler: any XMLEventHandler) { self.handler = handler }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            guard error == nil else { return }
            var local: [String: String] = [:]
            for (key, value) in attributes where !key.hasPrefix("xmlns") { local[Self.localName(key)] = value }
            perform(parser) { try handler.start(Self.localName(elementName), local) }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard error == nil else { return }
            perform(parser) { try handler.end(Self.localName(elementName)) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if error == nil { handler.text(string) }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if error == nil { handler.text(String(decoding: block, as: UTF8.self)) }
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }

        private func perform(_ parser: XMLParser, _ body: () throws -> Void) {
            do { try body() } catch {
                self.error = error
                parser.abortParsing()
            }
        }

        private static func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}

/// A small XML element tree, for the short parts of a workbook (workbook, relationships, styles,
/// properties); the cell data is streamed instead.
final class XMLTree: XMLEventHandler {
    /// An element with its attributes, text and children.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
        var children: [Element] = []

        /// The direct children named `name`.
        func children(_ name: String) -> [Element] { children.filter { $0.name == name } }
        /// The first direct child named `name`.
        func child(_ name: String) -> Element? { children.first { $0.name == name } }
    }

    private var stack: [Element] = [Element(name: "", attributes: [:])]
    private var count = 0
    private let maxElements: Int
    private let fail: (SpreadsheetError.Reason) -> SpreadsheetError

    private init(maxElements: Int, fail: @escaping (SpreadsheetError.Reason) -> SpreadsheetError) {
        self.maxElements = maxElements
        self.fail = fail
    }

    /// The root element of `data`.
    static func parse(_ data: Data, maxElements: Int,
                      fail: @escaping (SpreadsheetError.Reason) -> SpreadsheetError) throws -> Element {
        let tree = XMLTree(maxElements: maxElements, fail: fail)
        try SafeXML.parse(data, into: tree, fail: fail)
        guard let root = tree.stack.first?.children.first else { throw fail(.invalidContent("empty XML part")) }
        return root
    }

    func start(_ name: String, _ attributes: [String: String]) throws {
        count += 1
        guard count <= maxElements else { throw fail(.invalidContent("more than \(maxElements) XML elements")) }
        stack.append(Element(name: name, attributes: attributes))
    }

    func end(_ name: String) throws {
        let element = stack.removeLast()
        stack[stack.count - 1].children.append(element)
    }

    func text(_ text: String) {
        stack[stack.count - 1].text += text
    }
}
