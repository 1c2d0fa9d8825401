/// A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
/// break (quotes doubled), and also when it starts with `=`, `+`, `-` or `@`, prefixed by
/// an apostrophe, so that a spreadsheet shows the text instead of running it as a formula.
enum CSVField {
    static func text(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    static func row(_ fields: [String]) -> String {
        fields.map(text).joined(separator: ",") + "\r\n"
    }
}
