extension Double {
    /// The double as cel-go's `string(x)` prints it (Go's `%g` with the
    /// shortest digits that read back exactly): `123.456`, `-0.0045`, `1e+06`,
    /// `1.5e-05`, `0`, `NaN`, `+Inf`.
    public var celString: String {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Inf" : "+Inf" }
        let (negative, digits, pointPosition) = shortestDecimal()
        let sign = negative ? "-" : ""
        guard let first = digits.first else { return sign + "0" }
        // Go's %g: exponent form when the exponent is below -4 or at least 6.
        let exponent = pointPosition - 1
        if exponent < -4 || exponent >= 6 {
            var mantissa = String(first)
            if digits.count > 1 { mantissa += "." + String(digits.dropFirst()) }
            let exponentDigits = String(exponent.magnitude)
            let paddedExponent = exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + paddedExponent
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + String(digits)
        }
        if pointPosition >= digits.count {
            return sign + String(digits) + String(repeating: "0", count: pointPosition - digits.count)
        }
        let integerPart = digits.prefix(pointPosition)
        let fractionPart = digits.dropFirst(pointPosition)
        return sign + String(integerPart) + "." + String(fractionPart)
    }

    /// The shortest round-tripping decimal digits (no leading or trailing zeros)
    /// and the position of the decimal point: the value is `0.d₁d₂… × 10^point`.
    /// Swift's `description` already produces the shortest digits; this reads them back.
    private func shortestDecimal() -> (negative: Bool, digits: [Character], point: Int) {
        var text = Substring(magnitude.description)
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: marker)...]) ?? 0
            text = text[..<marker]
        }
        let integerPart = text.prefix { $0 != "." }
        let fractionPart = text.dropFirst(integerPart.count + 1)
        var digits = Array(integerPart) + Array(fractionPart)
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (sign == .minus, digits, digits.isEmpty ? 0 : point)
    }
}
