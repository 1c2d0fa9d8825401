/// A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
/// break (quotes doubled), and also when it starts with `=`, `+`, `-` or `@`, prefixed by
/// an apostrophe, so that a spreadsheet shows the text instead of running it as a formula.
enum CSVField {
    static func text(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes -> String in
            guard let first = bytes.first else { return "" }
            let prefix =
                first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                    || first == UInt8(ascii: "@") ? "'" : ""
            // Bytes that need quoting are ASCII, so scanning bytes finds them in any script.
            guard
                bytes.contains(where: {
                    $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
                })
            else {
                return prefix.isEmpty
                    ? String(decoding: bytes, as: UTF8.self) : prefix + String(decoding: bytes, as: UTF8.self)
            }
            var quoted = "\"" + prefix
            var runStart = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") {
                quoted += String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[runStart...index]), as: UTF8.self)
                quoted += "\""
                runStart = index + 1
            }
            quoted += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            return quoted + "\""
        }
    }

    static func row(_ fields: [String]) -> String {
        var row = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { row += "," }
            row += text(field)
        }
        return row + "\r\n"
    }
}
