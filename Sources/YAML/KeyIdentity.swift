/// What makes two mapping keys the same key: equal values under the core schema, so `1`
/// and `0x1` collide while `1` and `"1"` do not.
enum KeyIdentity: Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    /// The bit pattern, so that `.nan` equals itself as a key.
    case double(UInt64)
    case string(String)
    /// A sequence or mapping used as a key, compared by its canonical rendering.
    case collection(String)

    /// The identity of the node `index` of a table.
    static func of(_ table: NodeTable, _ index: Int32) -> KeyIdentity {
        let record = table[index]
        guard record.shape == .scalar else {
            var rendering = ""
            render(table, index, into: &rendering)
            return .collection(rendering)
        }
        let tag = table.tag(of: record)
        if tag == nil {
            if record.style != .plain { return .string(table.string(of: record)) }
            return table.withText(of: record) { ofPlain($0) }
        }
        let scalar = table.scalar(record)
        return KeyIdentity(value: CoreSchema.resolve(scalar, tag: tag) ?? .string(scalar.text))
    }

    /// The identity of an untagged plain scalar key with these bytes.
    static func ofPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> KeyIdentity {
        if bytes.isEmpty { return .null }
        let text = String(decoding: bytes, as: UTF8.self)
        if isPlainWord(bytes) { return .string(text) }
        return KeyIdentity(value: CoreSchema.resolvePlain(text))
    }

    /// Whether an untagged plain scalar with these bytes is certainly a string under the
    /// core schema, seen from its first byte and length alone.
    @inline(__always)
    static func isPlainWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
            UInt8(ascii: "F"):
            // `false` is the longest word of the core schema's nulls and booleans.
            return bytes.count > 5
        default:
            return !mayStartNonString(first)
        }
    }

    /// The fingerprint of `.string(text)` for the text with these bytes.
    static func stringFingerprint(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var merged: UInt8 = 0
        for byte in bytes { merged |= byte }
        guard merged < 0x80, let first = bytes.first, let last = bytes.last else {
            return KeyIdentity.string(String(decoding: bytes, as: UTF8.self)).hashValue
        }
        return bytes.count << 16 | Int(first) << 8 | Int(last)
    }

    /// A cheap stand-in for a hash: keys with different fingerprints are different keys.
    /// For ASCII words it is their length and first and last bytes, which tells most keys
    /// of a mapping apart without hashing every byte; other text is hashed, because strings
    /// compare by canonical equivalence and equivalent spellings may differ in every byte.
    var fingerprint: Int {
        guard case .string(var text) = self else { return hashValue }
        return text.withUTF8 { KeyIdentity.stringFingerprint(utf8: $0) }
    }

    /// Whether a plain scalar starting with `byte` may resolve to something other than a
    /// string under the core schema.
    @inline(__always)
    static func mayStartNonString(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    private init(value: ScalarValue) {
        switch value {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .int(let value): self = .int(value)
        case .double(let value):
            if value == value.rounded(), let exact = Int64(exactly: value) {
                self = .int(exact)
            } else {
                self = .double(value.isNaN ? Double.nan.bitPattern : value.bitPattern)
            }
        case .string(let text): self = .string(text)
        }
    }

    /// The key as a person reads it in a message.
    static func display(_ table: NodeTable, _ index: Int32) -> String {
        let record = table[index]
        if record.shape == .scalar { return table.string(of: record) }
        var rendering = ""
        render(table, index, into: &rendering)
        return rendering
    }

    private static func render(_ table: NodeTable, _ index: Int32, into output: inout String) {
        let record = table[index]
        switch record.shape {
        case .scalar:
            let scalar = table.scalar(record)
            switch CoreSchema.resolve(scalar, tag: table.tag(of: record)) ?? .string(scalar.text) {
            case .null: output += "null"
            case .bool(let value): output += value ? "true" : "false"
            case .int(let value): output += String(value)
            case .double(let value): output += String(value)
            case .string(let text): output += String(reflecting: text)
            }
        case .sequence:
            output += "["
            for position in 0..<Int(record.count) {
                if position > 0 { output += ", " }
                render(table, table.link(record, position), into: &output)
            }
            output += "]"
        case .mapping:
            output += "{"
            for position in stride(from: 0, to: Int(record.count), by: 2) {
                if position > 0 { output += ", " }
                render(table, table.link(record, position), into: &output)
                output += ": "
                render(table, table.link(record, position + 1), into: &output)
            }
            output += "}"
        }
    }
}
