/// `strings.quote`: a string as a double-quoted CEL literal that prints safely.
enum StringQuote {
    /// Wraps `text` in double quotes, escaping the quote, the backslash and the
    /// control characters CEL has escapes for (`\a \b \f \n \r \t \v`). Every
    /// other code point, printable or not, is kept as is, as cel-go does.
    ///
    ///     quote("first\nsecond")   // "\"first\\nsecond\""
    static func quote(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}": result += "\\v"
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default: result.unicodeScalars.append(scalar)
            }
        }
        result += "\""
        return result
    }
}
