import Foundation

/// Counts the start tags of an element in XML bytes without parsing them, so that a part far over a
/// limit (a sheet of a million rows) is refused before Foundation's parser, which does not stop
/// at once when aborted, spends seconds on it.
enum ElementCount {
    /// The number of `<name` or `<prefix:name` start tags followed by a space, `>` or `/`; stops
    /// counting past `limit`.
    static func count(_ name: String, in data: Data, upTo limit: Int) -> Int {
        let target = Array(name.utf8)
        return data.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            let bytes = raw.bindMemory(to: UInt8.self)
            var count = 0
            var index = 0
            while index < bytes.count, count <= limit {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) else { break }
                var position = raw.baseAddress!.distance(to: UnsafeRawPointer(found)) + 1
                let nameStart = position
                while position < bytes.count, !isNameEnd(bytes[position]) { position += 1 }
                if matches(bytes, from: nameStart, to: position, target) { count += 1 }
                index = max(position, nameStart)
            }
            return count
        }
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "<")
    }

    /// Whether bytes `start..<end` are `target` or end with `:` + `target`.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ target: [UInt8]) -> Bool {
        let length = end - start
        guard length >= target.count else { return false }
        for offset in 0..<target.count where bytes[end - target.count + offset] != target[offset] { return false }
        return length == target.count || bytes[end - target.count - 1] == UInt8(ascii: ":")
    }
}
