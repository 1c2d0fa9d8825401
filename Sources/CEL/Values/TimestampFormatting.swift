extension Timestamp {
    /// Parses an RFC 3339 timestamp: `2009-02-13T23:31:30Z`,
    /// `1972-01-01T10:00:20.021-05:00`, up to nanosecond precision.
    ///
    /// Returns a "range" error for a well-formed timestamp outside years 1–9999
    /// (after applying its offset) and a conversion error for anything else.
    public static func parse(rfc3339 text: String) -> Result<Timestamp, EvalError> {
        let invalid = EvalError(
            "invalid timestamp '\(text)': expected RFC 3339, like 2009-02-13T23:31:30Z or 1972-01-01T10:00:20.021-05:00"
        )
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
            let month = scanner.number(digits: 2), scanner.skip("-"),
            let day = scanner.number(digits: 2), scanner.skip("T") || scanner.skip("t"),
            let hour = scanner.number(digits: 2), scanner.skip(":"),
            let minute = scanner.number(digits: 2), scanner.skip(":"),
            let second = scanner.number(digits: 2)
        else { return .failure(invalid) }
        var nanos: Int64 = 0
        if scanner.skip(".") {
            guard let fraction = scanner.fraction() else { return .failure(invalid) }
            nanos = fraction
        }
        var offsetSeconds: Int64 = 0
        if scanner.skip("Z") || scanner.skip("z") {
            offsetSeconds = 0
        } else if let sign = scanner.sign() {
            guard let offsetHours = scanner.number(digits: 2), scanner.skip(":"),
                let offsetMinutes = scanner.number(digits: 2), offsetHours < 24, offsetMinutes < 60
            else { return .failure(invalid) }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return .failure(invalid)
        }
        guard scanner.isAtEnd, (1...12).contains(month),
            (1...Int64(CivilTime.daysInMonth(year: year, month: Int(month)))).contains(day),
            hour < 24, minute < 60, second < 60
        else { return .failure(invalid) }
        let days = CivilTime.epochDays(year: year, month: Int(month), day: Int(day))
        let local = days * CivilTime.secondsPerDay + hour * 3600 + minute * 60 + second
        guard let timestamp = Timestamp.checked(seconds: local - offsetSeconds, nanos: Int32(nanos)) else {
            return .failure(.timestampOutOfRange)
        }
        return .success(timestamp)
    }

    /// The timestamp in RFC 3339 at UTC, as cel-go prints it (Go's `RFC3339Nano`):
    /// `2009-02-13T23:31:30Z`, `2009-02-13T23:31:30.12Z` — fractional seconds
    /// only when non-zero, trailing zeros dropped.
    public var rfc3339String: String {
        let civil = CivilTime(localSeconds: seconds, nanosecond: nanos)
        var text = Self.padded(civil.year, 4) + "-" + Self.padded(Int64(civil.month), 2) + "-"
        text += Self.padded(Int64(civil.day), 2) + "T" + Self.padded(Int64(civil.hour), 2) + ":"
        text += Self.padded(Int64(civil.minute), 2) + ":" + Self.padded(Int64(civil.second), 2)
        text += Self.fractionDigits(Int64(nanos)).map { "." + $0 } ?? ""
        return text + "Z"
    }

    static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// Nine-digit nanoseconds with trailing zeros removed, or `nil` for zero.
    static func fractionDigits(_ nanos: Int64) -> String? {
        guard nanos != 0 else { return nil }
        var digits = Array(padded(nanos, 9))
        while digits.last == "0" { digits.removeLast() }
        return String(digits)
    }
}

/// A cursor over ASCII text for the fixed-width fields of timestamps and offsets.
struct DigitScanner {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    /// Consumes `character` if it is next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard current == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    /// Consumes `+` or `-`, returning 1 or -1.
    mutating func sign() -> Int64? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }

    /// Consumes exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int64? {
        guard position + digits <= bytes.count else { return nil }
        var value: Int64 = 0
        for byte in bytes[position..<position + digits] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        position += digits
        return value
    }

    /// Consumes one or more decimal digits (at most `maxDigits`), or returns `nil` if none is next.
    mutating func number(maxDigits: Int) -> Int64? {
        var value: Int64 = 0
        var count = 0
        while count < maxDigits, let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            position += 1
            count += 1
        }
        return count == 0 ? nil : value
    }

    /// Consumes the digits after a decimal point as nanoseconds; digits past the
    /// ninth are dropped (truncation, as Go does).
    mutating func fraction() -> Int64? {
        var nanos: Int64 = 0
        var count = 0
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            if count < 9 { nanos = nanos * 10 + Int64(byte - UInt8(ascii: "0")) }
            count += 1
            position += 1
        }
        guard count > 0 else { return nil }
        for _ in min(count, 9)..<9 { nanos *= 10 }
        return nanos
    }
}
