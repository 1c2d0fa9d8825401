extension Value: CustomStringConvertible {
    /// The value written as a CEL literal where it has one, for messages, traces
    /// and the REPL: `1`, `1u`, `1.5`, `"text"`, `b"\xff"`, `[1, 2]`,
    /// `{"k": true}`, `timestamp("2009-02-13T23:31:30Z")`, `duration("90s")`,
    /// `optional.of(1)`, `int`; errors and unknowns in words.
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .uint(let value): return "\(value)u"
        case .double(let value):
            let text = value.celString
            let readsAsDouble = !value.isFinite || text.contains { $0 == "." || $0 == "e" }
            return readsAsDouble ? text : text + ".0"
        case .string(let text): return Self.quoted(text)
        case .bytes(let bytes): return "b" + Self.quoted(bytes)
        case .list(let elements): return "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .map(let map):
            let entries = map.entries.map { "\($0.key.value): \($0.value)" }
            return "{" + entries.joined(separator: ", ") + "}"
        case .timestamp(let timestamp): return "timestamp(\"\(timestamp.rfc3339String)\")"
        case .duration(let duration): return "duration(\"\(duration.celString)\")"
        case .type(let name): return name
        case .optional(let wrapped): return wrapped.map { "optional.of(\($0))" } ?? "optional.none()"
        case .error(let error): return "error: \(error.message)"
        case .unknown(let unknowns): return "unknown(\(unknowns.attributes.joined(separator: ", ")))"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\x" + hex(UInt8(scalar.value))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func quoted(_ bytes: [UInt8]) -> String {
        var result = "\""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): result += "\\\""
            case UInt8(ascii: "\\"): result += "\\\\"
            case 0x20..<0x7F: result.unicodeScalars.append(Unicode.Scalar(byte))
            default: result += "\\x" + hex(byte)
            }
        }
        return result + "\""
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
