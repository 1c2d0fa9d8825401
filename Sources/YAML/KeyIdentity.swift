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
