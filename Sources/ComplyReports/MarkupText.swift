/// Text made safe for XML and HTML, which the JUnit report and the scan's summary page share.
enum MarkupText {
    /// `text` with markup characters escaped and the characters XML 1.0 cannot carry at all
    /// (most C0 controls, U+FFFE, U+FFFF) replaced by U+FFFD. In an attribute value
    /// (`inAttribute`), quotes are escaped too, and line breaks and tabs become character
    /// references, since parsers turn literal ones into spaces.
    static func escaped(_ text: String, inAttribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            case "\t", "\n", "\r":
                if inAttribute {
                    output += "&#\(scalar.value);"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
