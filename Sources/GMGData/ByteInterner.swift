#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers distinct byte strings 1, 2, 3... in order of first appearance, looking them up by
/// their bytes: the loader's per-row lookups make no `String` and hash no `String`.
///
/// Open addressing over FNV-1a hashes; the keys live end to end in one byte array.
public struct ByteInterner: Sendable {
    private var slots: [Int32]
    private var entries: [(start: Int, count: Int, hash: UInt64)] = []
    private var bytes: [UInt8] = []

    /// How many distinct strings were seen.
    public var count: Int { entries.count }

    /// Creates an empty interner.
    public init() {
        slots = Array(repeating: -1, count: 1024)
    }

    /// The number of `key`, and whether it was seen for the first time now.
    public mutating func id(of key: UnsafeBufferPointer<UInt8>) -> (id: Int64, isNew: Bool) {
        let hash = Self.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, entry.count == key.count, equals(key, at: entry.start) {
                return (Int64(slots[slot]) + 1, false)
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = Int32(entries.count)
        entries.append((bytes.count, key.count, hash))
        bytes.append(contentsOf: key)
        if entries.count * 2 > slots.count { grow() }
        return (Int64(entries.count), true)
    }

    /// Whether the stored bytes from `start` begin with `key`.
    private func equals(_ key: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let keyStart = key.baseAddress, !key.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, keyStart, key.count) == 0 }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
