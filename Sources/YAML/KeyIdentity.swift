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
        switch node.kind {
        case .scalar(let scalar) where node.tag == nil && scalar.style == .plain:
            // Keys are nearly always plain words; only a few first bytes can start a non-string.
            if let first = scalar.text.utf8.first, !KeyIdentity.mayStartNonString(first) {
                self = .string(scalar.text)
            } else {
                self.init(resolved: node)
            }
        case .scalar(let scalar) where node.tag == nil:
            self = .string(scalar.text)
        default:
            self.init(resolved: node)
        }
    }

    /// Whether two keys are the same key. Plain words that differ in text are told apart
    /// without resolving either.
    static func same(_ lhs: Node, _ rhs: Node) -> Bool {
        if case .scalar(let left) = lhs.kind, case .scalar(let right) = rhs.kind,
            left.text != right.text, isStringWithoutResolving(left, tag: lhs.tag),
            isStringWithoutResolving(right, tag: rhs.tag)
        {
            return false
        }
        return KeyIdentity(lhs) == KeyIdentity(rhs)
    }

    private static func isStringWithoutResolving(_ scalar: Scalar, tag: String?) -> Bool {
        guard tag == nil else { return tag == Tag.str }
        guard scalar.style == .plain else { return true }
        guard let first = scalar.text.utf8.first else { return false }
        return !mayStartNonString(first)
    }

    private static func mayStartNonString(_ byte: UInt8) -> Bool {
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
            switch node.resolvedScalar ?? .null {
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
        case .sequence, .mapping:
            var rendering = ""
            KeyIdentity.render(node, into: &rendering)
            self = .collection(rendering)
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
