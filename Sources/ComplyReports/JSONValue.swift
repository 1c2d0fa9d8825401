import Comply

/// A JSON document built in a fixed key order and written by hand, so the output is byte
/// for byte the same on every platform and run (Foundation's encoders order keys by hash
/// or alphabetically, and write numbers through binary doubles).
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number already written as JSON (`35.2`, `40`), so exact decimals stay exact.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Keys in the order they are written.
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.text(pretty: false) == rhs.text(pretty: false)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text(pretty: false))
    }

    /// `value` or `null`.
    public static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The JSON text; `pretty` indents nested arrays and objects by two spaces.
    public func text(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, indent: 0, pretty: pretty)
        return output
    }

    private func write(into output: inout String, indent: Int, pretty: Bool) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .number(let text): output += text
        case .string(let text): JSONString.write(text, into: &output)
        case .array(let items):
            writeContainer(items.count, open: "[", close: "]", into: &output, indent: indent, pretty: pretty)
            {
                index, output in
                items[index].write(into: &output, indent: indent + 1, pretty: pretty)
            }
        case .object(let members):
            writeContainer(
                members.count, open: "{", close: "}", into: &output, indent: indent, pretty: pretty
            ) {
                index, output in
                JSONString.write(members[index].0, into: &output)
                output += ": "
                members[index].1.write(into: &output, indent: indent + 1, pretty: pretty)
            }
        }
    }

    private func writeContainer(
        _ count: Int, open: String, close: String, into output: inout String, indent: Int, pretty: Bool,
        element: (Int, inout String) -> Void
    ) {
        guard count > 0 else {
            output += open + close
            return
        }
        output += open
        for index in 0..<count {
            if index > 0 { output += pretty ? "," : ", " }
            if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
            element(index, &output)
        }
        if pretty { output += "\n" + String(repeating: "  ", count: indent) }
        output += close
    }
}
