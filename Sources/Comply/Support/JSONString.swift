/// A string written as a JSON string literal, for the hand-written JSON of reports, the
/// schema export and `comply eval` (hand-written so that key order is fixed).
public enum JSONString {
    /// Appends `text` to `output` as a quoted JSON string: quotes, backslashes and control
    /// characters (and DEL) escaped, everything else as it is.
    public static func write(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// `text` as a quoted JSON string.
    public static func quoted(_ text: String) -> String {
        var output = ""
        write(text, into: &output)
        return output
    }
}
