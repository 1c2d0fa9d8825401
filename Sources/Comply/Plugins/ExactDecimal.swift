import CEL

/// A decimal number held exactly as `coefficient × 10^-scale`, for the arithmetic the
/// law does in decimals: money, value shares, thresholds.
///
/// A CEL `double` such as `0.1` enters through its shortest round-trip text (`"0.1"`), so
/// the decimal is the number the author or the profile wrote, not its binary
/// approximation. Results that must divide (a percentage) are rounded half away from
/// zero to a stated number of places, which is how a customs officer rounds.
///
/// ```swift
/// let fob = ExactDecimal(100.0), vnm = ExactDecimal(60.0)
/// // (100 − 60) / 100 × 100 = 40, exactly, so `>= 40.0` holds.
/// ```
///
/// Every operation returns nil instead of overflowing; callers turn that into a CEL error.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let coefficient: Int128
    /// Digits after the decimal point, never negative.
    public let scale: Int

    /// Places kept when a value is converted in or multiplied; values below 10^-18 are
    /// below any amount or share the rules deal with.
    public static let maximumScale = 18

    public init(coefficient: Int128, scale: Int) {
        self.coefficient = coefficient
        self.scale = max(0, scale)
    }

    public init(_ value: Int64) {
        self.init(coefficient: Int128(value), scale: 0)
    }

    /// The decimal a double's shortest round-trip text spells; nil for NaN, infinities
    /// and magnitudes past the coefficient's range.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        guard let parsed = Self(parsing: "\(value)") else { return nil }
        self = parsed
    }

    /// A CEL number (`int`, `uint` or `double`); nil for anything else.
    public init?(_ value: Value) {
        switch value {
        case .int(let number): self.init(number)
        case .uint(let number): self.init(coefficient: Int128(number), scale: 0)
        case .double(let number): self.init(number)
        default: return nil
        }
    }

    /// Parses `-12.5`, `1e-05`, `1.2345e+20`: the forms Swift prints doubles in.
    init?(parsing text: String) {
        var digits: Int128 = 0
        var scale = 0
        var negative = false
        var seenPoint = false
        var exponent = 0
        var sawDigit = false
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "-" {
            negative = true
            scalars = scalars.dropFirst()
        } else if scalars.first == "+" {
            scalars = scalars.dropFirst()
        }
        while let scalar = scalars.first {
            if scalar == "." {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if let digit = Self.digitValue(scalar) {
                sawDigit = true
                // Digits past the maximum scale only round the value away; drop them.
                if seenPoint, scale >= Self.maximumScale + 1 {
                    scalars = scalars.dropFirst()
                    continue
                }
                guard let next = Self.appendingDigit(digits, digit) else { return nil }
                digits = next
                if seenPoint { scale += 1 }
            } else if scalar == "e" || scalar == "E" {
                guard let parsed = Int(String(String.UnicodeScalarView(scalars.dropFirst()))) else {
                    return nil
                }
                exponent = parsed
                break
            } else {
                return nil
            }
            scalars = scalars.dropFirst()
        }
        guard sawDigit else { return nil }
        var coefficient = negative ? -digits : digits
        scale -= exponent
        if scale < 0 {
            guard let scaled = Self.scaleUp(coefficient, by: -scale) else { return nil }
            coefficient = scaled
            scale = 0
        }
        let value = ExactDecimal(coefficient: coefficient, scale: scale)
        guard scale > Self.maximumScale else {
            self = value
            return
        }
        self = value.rounded(places: Self.maximumScale)
    }

    public static let zero = ExactDecimal(coefficient: 0, scale: 0)

    public var isZero: Bool { coefficient == 0 }
    public var isNegative: Bool { coefficient < 0 }

    // MARK: Arithmetic

    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        guard let (a, b, scale) = Self.aligned(self, other) else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : ExactDecimal(coefficient: sum, scale: scale)
    }

    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        guard let (a, b, scale) = Self.aligned(self, other) else { return nil }
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? nil : ExactDecimal(coefficient: difference, scale: scale)
    }

    public func multiplying(_ other: ExactDecimal) -> ExactDecimal? {
        let (product, overflow) = coefficient.multipliedReportingOverflow(by: other.coefficient)
        guard !overflow else { return nil }
        let result = ExactDecimal(coefficient: product, scale: scale + other.scale)
        return result.scale > Self.maximumScale ? result.rounded(places: Self.maximumScale) : result
    }

    /// `self / divisor`, rounded half away from zero to `places` decimals; nil when the
    /// divisor is zero or the quotient overflows.
    public func dividing(by divisor: ExactDecimal, places: Int) -> ExactDecimal? {
        guard !divisor.isZero else { return nil }
        // q = (c1 / 10^s1) / (c2 / 10^s2) = c1 × 10^(s2 − s1) / c2; keep `places + 1`
        // digits so the last one can round.
        let shift = places + 1 + divisor.scale - scale
        var numerator = coefficient
        var denominator = divisor.coefficient
        if shift >= 0 {
            guard let scaled = Self.scaleUp(numerator, by: shift) else { return nil }
            numerator = scaled
        } else {
            guard let scaled = Self.scaleUp(denominator, by: -shift) else { return nil }
            denominator = scaled
        }
        let quotient = numerator / denominator
        return ExactDecimal(coefficient: quotient, scale: places + 1).rounded(places: places)
    }

    /// Rounded half away from zero to at most `places` decimals.
    public func rounded(places: Int) -> ExactDecimal {
        let places = max(0, places)
        guard scale > places else { return self }
        let drop = scale - places
        guard drop <= 38 else { return ExactDecimal(coefficient: 0, scale: places) }
        let divisor = Self.power(drop) ?? Int128.max
        let quotient = coefficient / divisor
        let remainder = coefficient % divisor
        var result = quotient
        // |remainder| ≥ divisor / 2 rounds away from zero.
        if remainder.magnitude >= (divisor.magnitude + 1) / 2 {
            result += coefficient < 0 ? -1 : 1
        }
        return ExactDecimal(coefficient: result, scale: places)
    }

    /// The same number without trailing zero decimals (`40.000` → `40`).
    public var normalized: ExactDecimal {
        var coefficient = self.coefficient
        var scale = self.scale
        while scale > 0, coefficient % 10 == 0 {
            coefficient /= 10
            scale -= 1
        }
        return ExactDecimal(coefficient: coefficient, scale: scale)
    }

    public var magnitude: ExactDecimal {
        ExactDecimal(coefficient: coefficient < 0 ? -coefficient : coefficient, scale: scale)
    }

    /// The nearest double, through the decimal text, so `40` is exactly `40.0`.
    public var doubleValue: Double {
        Double(description) ?? 0
    }

    // MARK: Text

    /// Plain decimal notation without exponent: `-12.05`, `40`.
    public var description: String {
        let negative = coefficient < 0
        var digits = String(coefficient.magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            let split = digits.index(digits.endIndex, offsetBy: -scale)
            digits = digits[..<split] + "." + digits[split...]
        }
        return negative ? "-" + digits : digits
    }

    /// The integer part's digits and the fraction's digits, for locale formatting.
    public var parts: (negative: Bool, integer: String, fraction: String) {
        let text = normalized.description
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let pieces = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = pieces.first.map(String.init) ?? "0"
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        return (negative && text != "-0", integer, fraction)
    }

    // MARK: Comparison

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        guard let (a, b, _) = aligned(lhs, rhs) else {
            // Alignment overflows only when the scales differ enormously; the doubles decide.
            return lhs.doubleValue < rhs.doubleValue
        }
        return a < b
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        guard let (a, b, _) = aligned(lhs, rhs) else { return false }
        return a == b
    }

    public func hash(into hasher: inout Hasher) {
        let normal = normalized
        hasher.combine(normal.coefficient)
        hasher.combine(normal.scale)
    }

    // MARK: Helpers

    private static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, Int)? {
        if a.scale == b.scale { return (a.coefficient, b.coefficient, a.scale) }
        if a.scale < b.scale {
            guard let scaled = scaleUp(a.coefficient, by: b.scale - a.scale) else { return nil }
            return (scaled, b.coefficient, b.scale)
        }
        guard let scaled = scaleUp(b.coefficient, by: a.scale - b.scale) else { return nil }
        return (a.coefficient, scaled, a.scale)
    }

    private static func scaleUp(_ value: Int128, by places: Int) -> Int128? {
        guard places > 0 else { return value }
        guard let factor = power(places) else { return value == 0 ? 0 : nil }
        let (result, overflow) = value.multipliedReportingOverflow(by: factor)
        return overflow ? nil : result
    }

    /// 10^exponent, nil past Int128's range (10^38 is the largest that fits).
    private static func power(_ exponent: Int) -> Int128? {
        guard exponent >= 0, exponent <= 38 else { return nil }
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    private static func appendingDigit(_ value: Int128, _ digit: Int128) -> Int128? {
        let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
        guard !overflow else { return nil }
        let (sum, overflowSum) = shifted.addingReportingOverflow(digit)
        return overflowSum ? nil : sum
    }

    private static func digitValue(_ scalar: Unicode.Scalar) -> Int128? {
        guard scalar.value >= 48, scalar.value <= 57 else { return nil }
        return Int128(scalar.value - 48)
    }
}
