/// The rules of one IANA time zone, read from a TZif file (RFC 8536) such as
/// `/usr/share/zoneinfo/Asia/Ho_Chi_Minh`: the UTC offsets in force between
/// transitions, and a POSIX rule for instants after the last one.
///
/// Only what the timestamp accessors need is kept: no abbreviations, no leap
/// seconds (CEL timestamps, like Unix time, ignore them).
struct ZoneInfo: Sendable, Hashable {
    /// Transition instants, UTC seconds, ascending.
    var transitions: [Int64]
    /// For each transition, the index into `offsets` in force from it on.
    var transitionTypes: [Int]
    /// Seconds east of UTC of each local time type.
    var offsets: [Int64]
    /// Local time after the last transition, when the file says.
    var footer: POSIXTimeZoneRule?

    /// Parses TZif data of any version; `nil` if it is not well-formed.
    init?(tzif bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard let header = reader.header() else { return nil }
        var counts = header.counts
        var timeSize = 4
        if header.version >= UInt8(ascii: "2") {
            // Skip the version 1 block: version 2+ repeats everything with 64-bit times.
            guard reader.skip(counts.blockSize(timeSize: 4)), let second = reader.header() else { return nil }
            counts = second.counts
            timeSize = 8
        }
        var transitions: [Int64] = []
        transitions.reserveCapacity(counts.transitions)
        for _ in 0..<counts.transitions {
            guard let time = reader.signed(size: timeSize) else { return nil }
            transitions.append(time)
        }
        var transitionTypes: [Int] = []
        for _ in 0..<counts.transitions {
            guard let type = reader.byte(), Int(type) < counts.types else { return nil }
            transitionTypes.append(Int(type))
        }
        var offsets: [Int64] = []
        for _ in 0..<counts.types {
            guard let offset = reader.signed(size: 4), reader.skip(2) else { return nil }
            offsets.append(offset)
        }
        guard !offsets.isEmpty else { return nil }
        let rest =
            counts.characters + counts.leapSeconds * (timeSize + 4) + counts.standardFlags + counts.utFlags
        guard reader.skip(rest) else { return nil }
        var footer: POSIXTimeZoneRule?
        if timeSize == 8, let text = reader.footer(), !text.isEmpty {
            footer = POSIXTimeZoneRule(text)
        }
        self.transitions = transitions
        self.transitionTypes = transitionTypes
        self.offsets = offsets
        self.footer = footer
    }

    /// Seconds east of UTC at the instant `utcSeconds`.
    func offset(at utcSeconds: Int64) -> Int64 {
        // Index of the last transition at or before the instant.
        var low = 0
        var high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= utcSeconds {
                low = middle + 1
            } else {
                high = middle
            }
        }
        if low == transitions.count, let footer { return footer.offset(at: utcSeconds) }
        if low == 0 { return offsets[0] }
        return offsets[transitionTypes[low - 1]]
    }

    private struct Counts {
        var utFlags: Int
        var standardFlags: Int
        var leapSeconds: Int
        var transitions: Int
        var types: Int
        var characters: Int

        func blockSize(timeSize: Int) -> Int {
            transitions * timeSize + transitions + types * 6 + characters + leapSeconds * (timeSize + 4)
                + standardFlags + utFlags
        }
    }

    private struct ByteReader {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func skip(_ count: Int) -> Bool {
            guard count >= 0, count <= bytes.count - position else { return false }
            position += count
            return true
        }

        mutating func byte() -> UInt8? {
            guard position < bytes.count else { return nil }
            defer { position += 1 }
            return bytes[position]
        }

        /// A big-endian two's-complement integer of 4 or 8 bytes.
        mutating func signed(size: Int) -> Int64? {
            guard size <= bytes.count - position else { return nil }
            var value: UInt64 = 0
            for byte in bytes[position..<position + size] { value = value << 8 | UInt64(byte) }
            position += size
            if size == 4 { return Int64(Int32(truncatingIfNeeded: value)) }
            return Int64(bitPattern: value)
        }

        mutating func header() -> (version: UInt8, counts: Counts)? {
            guard bytes.count - position >= 44, bytes[position..<position + 4].elementsEqual("TZif".utf8)
            else { return nil }
            let version = bytes[position + 4]
            position += 20
            var values: [Int] = []
            for _ in 0..<6 {
                guard let value = signed(size: 4), value >= 0, value < 1 << 20 else { return nil }
                values.append(Int(value))
            }
            let counts = Counts(
                utFlags: values[0], standardFlags: values[1], leapSeconds: values[2],
                transitions: values[3], types: values[4], characters: values[5])
            return (version, counts)
        }

        /// The POSIX rule between the newlines that end a version 2+ file.
        mutating func footer() -> String? {
            guard byte() == UInt8(ascii: "\n") else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            guard position < bytes.count else { return nil }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }
    }
}
