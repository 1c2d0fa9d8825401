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

    init(_ node: Node) {
        self = .of(node)
    }

    /// The identity of a key the caller keeps: a function borrows its argument, where an
    /// initializer would take a copy of the whole node.
    static func of(_ node: Node) -> KeyIdentity {
        switch node.kind {
        case .scalar(let scalar) where node.tag == nil && scalar.style == .plain:
            // Keys are nearly always plain words; only a few first bytes can start a non-string.
            if let first = scalar.text.utf8.first, !KeyIdentity.mayStartNonString(first) {
                return .string(scalar.text)
            } else {
                return KeyIdentity(resolved: node)
            }
        case .scalar(let scalar) where node.tag == nil:
            return .string(scalar.text)
        default:
            return KeyIdentity(resolved: node)
        }
    }

    /// The identity of an untagged plain scalar key, from its text and that text's bytes.
    static func ofPlain(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> KeyIdentity {
        if bytes.isEmpty { return .null }
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

    /// The fingerprint of `.string(text)`, computed on the text's bytes.
    static func stringFingerprint(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var merged: UInt8 = 0
        for byte in bytes { merged |= byte }
        guard merged < 0x80, let first = bytes.first, let last = bytes.last else {
            return KeyIdentity.string(text).hashValue
        }
        return bytes.count << 16 | Int(first) << 8 | Int(last)
    }

    /// A cheap stand-in for a hash: keys with different fingerprints are different keys.
    /// For ASCII words it is their length and first and last bytes, which tells most keys
    /// of a mapping apart without hashing every byte; other text is hashed, because strings
    /// compare by canonical equivalence and equivalent spellings may differ in every byte.
    var fingerprint: Int {
        guard case .string(let text) = self else { return hashValue }
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard let first = bytes.first, let last = bytes.last else { return nil }
            var merged: UInt8 = 0
            for byte in bytes { merged |= byte }
            return merged < 0x80 ? bytes.count << 16 | Int(first) << 8 | Int(last) : nil
        }
        return (ascii ?? nil) ?? hashValue
    }

    /// The fingerprint of this identity when it was made from the scalar text `utf8`,
    /// computed on those bytes directly.
    func fingerprint(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard case .string(let text) = self else { return fingerprint }
        return KeyIdentity.stringFingerprint(text, utf8: bytes)
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

    private init(resolved node: Node) {
        switch node.kind {
        case .scalar:
            self.init(value: node.resolvedScalar ?? .null)
        case .sequence, .mapping:
            var rendering = ""
            KeyIdentity.render(node, into: &rendering)
            self = .collection(rendering)
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
    static func display(_ node: Node) -> String {
        if case .scalar(let scalar) = node.kind { return scalar.text }
        var rendering = ""
        render(node, into: &rendering)
        return rendering
    }

    private static func render(_ node: Node, into output: inout String) {
        switch node.kind {
        case .scalar:
            switch node.resolvedScalar ?? .null {
            case .null: output += "null"
            case .bool(let value): output += value ? "true" : "false"
            case .int(let value): output += String(value)
            case .double(let value): output += String(value)
            case .string(let text): output += String(reflecting: text)
            }
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += ", " }
                render(item, into: &output)
            }
            output += "]"
        case .mapping(let entries):
            output += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { output += ", " }
                render(entry.key, into: &output)
                output += ": "
                render(entry.value, into: &output)
            }
            output += "}"
        }
    }
}
