extension Duration {
    /// Parses a duration as Go's `time.ParseDuration` and cel-go read it: an
    /// optional sign, then one or more decimal numbers each with a unit —
    /// `h`, `m`, `s`, `ms`, `us` (or `µs`, `μs`), `ns` — as in `1h2m3.5s`,
    /// `-1.5h`, `100ms`, `123.321456789s`; or just `0`.
    ///
    /// A well-formed duration beyond CEL's range (int64 nanoseconds) is a
    /// "range" error; anything else is a conversion error.
    public static func parse(_ text: String) -> Result<Duration, EvalError> {
        let invalid = EvalError(
            "invalid duration '\(text)': expected a number with a unit, like 1h30m, 2.5s or 100ms")
        let outOfRange = EvalError.durationOutOfRange
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        if String(scalars) == "0" { return .success(Duration(seconds: 0)) }
        guard !scalars.isEmpty else { return .failure(invalid) }
        // Magnitude up to 2^63 so that the most negative duration parses.
        let limit = UInt64(1) << 63
        var total: UInt64 = 0
        while !scalars.isEmpty {
            let whole = scalars.prefix(while: Self.isDigit)
            scalars = scalars.dropFirst(whole.count)
            var fraction = Substring.UnicodeScalarView()[...]
            if scalars.first == "." {
                scalars = scalars.dropFirst()
                fraction = scalars.prefix(while: Self.isDigit)
                scalars = scalars.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty else { return .failure(invalid) }
            let unitText = String(scalars.prefix(while: { !Self.isDigit($0) && $0 != "." }))
            scalars = scalars.dropFirst(unitText.unicodeScalars.count)
            guard let unit = Self.nanoseconds(perUnit: unitText) else { return .failure(invalid) }
            guard let wholeValue = Self.decimal(whole) else { return .failure(outOfRange) }
            let (scaled, scaleOverflow) = wholeValue.multipliedReportingOverflow(by: unit)
            guard !scaleOverflow else { return .failure(outOfRange) }
            let (sum, sumOverflow) = total.addingReportingOverflow(scaled)
            guard !sumOverflow else { return .failure(outOfRange) }
            let (withFraction, fractionOverflow) = sum.addingReportingOverflow(
                Self.fractionNanoseconds(fraction, unit: unit))
            guard !fractionOverflow, withFraction <= limit else { return .failure(outOfRange) }
            total = withFraction
        }
        if negative {
            return .success(Duration(totalNanoseconds: total == limit ? .min : -Int64(total)))
        }
        guard total < limit else { return .failure(outOfRange) }
        return .success(Duration(totalNanoseconds: Int64(total)))
    }

    /// The duration as cel-go prints it: seconds with the fraction that is there,
    /// and an `s`: `1000000s`, `1.5s`, `-0.000000001s`, `0s`.
    public var celString: String {
        let span = normalized
        let negative = span.seconds < 0 || span.nanos < 0
        var text = (negative ? "-" : "") + String(span.seconds.magnitude)
        if let fraction = Timestamp.fractionDigits(Int64(span.nanos.magnitude)) {
            text += "." + fraction
        }
        return text + "s"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func nanoseconds(perUnit unit: String) -> UInt64? {
        switch unit {
        case "ns": return 1
        case "us", "\u{00B5}s", "\u{03BC}s": return 1_000
        case "ms": return 1_000_000
        case "s": return 1_000_000_000
        case "m": return 60_000_000_000
        case "h": return 3_600_000_000_000
        default: return nil
        }
    }

    private static func decimal(_ digits: Substring.UnicodeScalarView.SubSequence) -> UInt64? {
        var value: UInt64 = 0
        for digit in digits {
            let (scaled, scaleOverflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, sumOverflow) = scaled.addingReportingOverflow(UInt64(digit.value - 48))
            if scaleOverflow || sumOverflow { return nil }
            value = sum
        }
        return value
    }

    /// `0.<digits> × unit` in nanoseconds, truncated; digits past the 18th cannot
    /// change the result for units up to an hour and are ignored.
    private static func fractionNanoseconds(
        _ digits: Substring.UnicodeScalarView.SubSequence, unit: UInt64
    ) -> UInt64 {
        var numerator: UInt64 = 0
        var denominator: UInt64 = 1
        for digit in digits.prefix(18) {
            numerator = numerator * 10 + UInt64(digit.value - 48)
            denominator *= 10
        }
        let product = unit.multipliedFullWidth(by: numerator)
        return denominator.dividingFullWidth(product).quotient
    }
}
