/// A string written as a JSON string literal, for the hand-written JSON of reports, the
/// schema export and `comply eval` (hand-written so that key order is fixed).
public enum JSONString {
    /// Appends `text` to `output` as a quoted JSON string: quotes, backslashes and control
    /// characters (and DEL) escaped, everything else as it is.
    public static func write(_ text: String, into output: inout String) {
        output += "\""
        var text = text
        text.withUTF8 { bytes in
            // Every byte that needs escaping is ASCII, so the runs between them are whole
            // characters, appended at once: reports are mostly text that needs none.
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
                if runStart < index {
                    output += String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                }
                switch byte {
                case 0x22: output += "\\\""
                case 0x5C: output += "\\\\"
                case 0x0A: output += "\\n"
                case 0x0D: output += "\\r"
                case 0x09: output += "\\t"
                default:
                    let hex = String(byte, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                runStart = index + 1
            }
            if runStart < bytes.count {
                output += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
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
