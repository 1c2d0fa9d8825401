#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Doubles as text, the way Go's `strconv` and `fmt` print them, which is what
/// cel-go's `format` produces.
enum NumberText {
    /// `NaN`, `Infinity` or `-Infinity`; `nil` for a finite number.
    static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return nil
    }

    /// The shortest decimal that reads back as `value`, never in exponent form
    /// (Go's `strconv.FormatFloat(v, 'f', -1, 64)`): `56.8`, `1`, `0.00001`,
    /// `10000000000000000`.
    static func shortest(_ value: Double) -> String {
        if let special = nonFinite(value) { return special }
        // Swift's description already holds the shortest round-trip digits; only
        // the layout differs (`1e-05`, `1e+16`, `2.0`).
        var text = Substring(value.description)
        let negative = text.first == "-"
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: marker)...]) ?? 0
            text = text[..<marker]
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        var digits = Array(whole + fraction)
        var point = whole.count + exponent
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        var integerDigits: String
        var fractionDigits: String
        if point <= 0 {
            integerDigits = "0"
            fractionDigits = String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            integerDigits = String(digits) + String(repeating: "0", count: point - digits.count)
            fractionDigits = ""
        } else {
            integerDigits = String(digits[..<point])
            fractionDigits = String(digits[point...])
        }
        while fractionDigits.last == "0" { fractionDigits.removeLast() }
        if integerDigits.isEmpty { integerDigits = "0" }
        let body = fractionDigits.isEmpty ? integerDigits : integerDigits + "." + fractionDigits
        return negative ? "-" + body : body
    }

    /// `%.Nf`: fixed point with `precision` digits, correctly rounded (ties of
    /// exactly representable values go to even, as in Go and C: `2.5` → `2`).
    static func fixed(_ value: Double, precision: Int) -> String {
        printf("%.*f", value, precision: precision)
    }

    /// `%.Ne`: scientific notation with a two-digit-minimum exponent (`1.052033e+03`).
    static func scientific(_ value: Double, precision: Int) -> String {
        printf("%.*e", value, precision: precision)
    }

    /// The C library formats finite doubles exactly as Go's `fmt` does for
    /// these two verbs; only the buffer size needs care.
    private static func printf(_ format: String, _ value: Double, precision: Int) -> String {
        // 309 integer digits at most, a sign, a point, an exponent and the precision.
        let capacity = 330 + precision
        var buffer = [CChar](repeating: 0, count: capacity)
        let written = buffer.withUnsafeMutableBufferPointer { pointer in
            withVaList([Int32(precision), value]) { arguments in
                vsnprintf(pointer.baseAddress, capacity, format, arguments)
            }
        }
        let count = max(0, min(Int(written), capacity - 1))
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
