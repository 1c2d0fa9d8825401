import CEL
import Comply
import Foundation

/// A CEL value as JSON for `comply eval`'s standard output.
///
/// ints and uints are numbers; doubles are numbers (`1200.0`), except NaN and the
/// infinities, which JSON cannot write, as the strings `"NaN"`, `"Infinity"`,
/// `"-Infinity"`; bytes are base64 strings; timestamps and durations their CEL string
/// forms; types their names; an optional its value or `null`; maps objects, with
/// int, uint and bool keys written as strings.
struct JSONRendering {
    var textForms = CELTextForms()
    /// Two-space indentation for non-empty lists and maps; one line when false.
    var pretty = true

    func render(_ value: Value) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        return output
    }

    private func write(_ value: Value, indent: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .uint(let number): output += String(number)
        case .double(let number):
            if number.isNaN {
                output += "\"NaN\""
            } else if number.isInfinite {
                output += number < 0 ? "\"-Infinity\"" : "\"Infinity\""
            } else {
                output += "\(number)"
            }
        case .string(let text): output += JSONString.quoted(text)
        case .bytes(let bytes): output += JSONString.quoted(Data(bytes).base64EncodedString())
        case .timestamp(let timestamp): output += JSONString.quoted(textForms.text(timestamp))
        case .duration(let duration): output += JSONString.quoted(textForms.text(duration))
        case .type(let name): output += JSONString.quoted(name)
        case .optional(let wrapped):
            if let wrapped { write(wrapped, indent: indent, into: &output) } else { output += "null" }
        case .list(let items):
            writeContainer(items, open: "[", close: "]", indent: indent, into: &output) { item, output in
                write(item, indent: indent + 1, into: &output)
            }
        case .map(let map):
            writeContainer(Array(map.entries), open: "{", close: "}", indent: indent, into: &output) {
                entry, output in
                output += JSONString.quoted(Self.keyText(entry.key)) + ": "
                write(entry.value, indent: indent + 1, into: &output)
            }
        case .error(let error): output += "{\"error\": \(JSONString.quoted(error.message))}"
        case .unknown(let unknown):
            output +=
                "{\"unknown\": [" + unknown.attributes.map(JSONString.quoted).joined(separator: ", ") + "]}"
        }
    }

    private func writeContainer<Element>(
        _ elements: [Element], open: String, close: String, indent: Int, into output: inout String,
        element: (Element, inout String) -> Void
    ) {
        guard !elements.isEmpty else {
            output += open + close
            return
        }
        output += open
        for (index, item) in elements.enumerated() {
            if index > 0 { output += pretty ? "," : ", " }
            if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
            element(item, &output)
        }
        if pretty { output += "\n" + String(repeating: "  ", count: indent) }
        output += close
    }

    static func keyText(_ key: MapKey) -> String {
        switch key {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .uint(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        }
    }
}
