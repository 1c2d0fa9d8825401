import CEL
import Comply

/// A value as CEL source would write it, for trace lines: `1200.0`, `3u`, `"CN"`,
/// `b"\x00"`, `[1, 2]`, `{"market": "CN"}`, `timestamp("2026-06-01T00:00:00Z")`,
/// `optional.none()`. Errors and unknowns read `error(…)` and `unknown(…)`.
struct CELLiteral {
    var textForms = CELTextForms()

    func render(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .uint(let number): return "\(number)u"
        case .double(let number):
            if number.isNaN { return "double(\"NaN\")" }
            if number.isInfinite { return number < 0 ? "double(\"-Infinity\")" : "double(\"Infinity\")" }
            return "\(number)"
        case .string(let text): return JSONString.quoted(text)
        case .bytes(let bytes):
            return "b\""
                + bytes.map { byte in
                    byte >= 0x20 && byte < 0x7f && byte != 0x22 && byte != 0x5c
                        ? String(UnicodeScalar(byte))
                        : "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                }.joined() + "\""
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .map(let map):
            return "{"
                + map.entries.map { "\(render($0.key.value)): \(render($0.value))" }.joined(separator: ", ")
                + "}"
        case .timestamp(let timestamp): return "timestamp(\(JSONString.quoted(textForms.text(timestamp))))"
        case .duration(let duration): return "duration(\(JSONString.quoted(textForms.text(duration))))"
        case .type(let name): return name
        case .optional(let wrapped): return wrapped.map { "optional.of(\(render($0)))" } ?? "optional.none()"
        case .error(let error): return "error(\(error.message))"
        case .unknown(let unknown): return "unknown(\(unknown.attributes.joined(separator: ", ")))"
        }
    }
}
