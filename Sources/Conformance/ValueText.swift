import CEL

/// A short CEL-literal rendering of a value for failure reasons
/// (`1.0`, `1u`, `"a"`, `[1, 2]`, `{"k": true}`), with the kind appended where
/// the literal alone would hide a type mismatch.
enum ValueText {
    static func describe(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return "\(number)"
        case .uint(let number): return "\(number)u"
        case .double(let number): return number.isFinite ? "\(number)" : "double(\"\(number)\")"
        case .string(let text): return quoted(text)
        case .bytes(let bytes):
            return "b\""
                + bytes.map { byte in
                    byte >= 0x20 && byte < 0x7f && byte != 0x22 && byte != 0x5c
                        ? String(UnicodeScalar(byte)) : "\\x" + hex(byte)
                }.joined() + "\""
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .map(let map):
            return "{"
                + map.entries.map { "\(describe($0.key.value)): \(describe($0.value))" }
                .joined(separator: ", ") + "}"
        case .timestamp(let time): return "timestamp(\(time.seconds)s+\(time.nanos)ns)"
        case .duration(let span): return "duration(\(span.seconds)s+\(span.nanos)ns)"
        case .type(let name): return "type \(name)"
        case .optional(let wrapped):
            return wrapped.map { "optional.of(\(describe($0)))" } ?? "optional.none()"
        case .error(let error): return "error(\(error.message))"
        case .unknown(let unknown): return "unknown(\(unknown.attributes.joined(separator: ", ")))"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += "\\x" + hex(UInt8(scalar.value))
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xf)]])
    }
}
