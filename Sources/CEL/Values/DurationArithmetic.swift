extension Duration {
    static let nanosecondsPerSecond: Int64 = 1_000_000_000

    /// The whole span in nanoseconds, or `nil` if it does not fit in an `Int64`.
    ///
    /// That is also CEL's range for durations: cel-spec ("Overflow") limits a
    /// duration to a single int64 of nanoseconds, about ±292 years, narrower than
    /// `google.protobuf.Duration`'s ±10,000 years.
    public var totalNanoseconds: Int64? {
        let (scaled, scaleOverflow) = seconds.multipliedReportingOverflow(by: Self.nanosecondsPerSecond)
        if scaleOverflow { return nil }
        let (total, sumOverflow) = scaled.addingReportingOverflow(Int64(nanos))
        return sumOverflow ? nil : total
    }

    /// A duration of `nanoseconds`, split so that seconds and nanos share a sign.
    public init(totalNanoseconds nanoseconds: Int64) {
        self.init(
            seconds: nanoseconds / Self.nanosecondsPerSecond,
            nanos: Int32(nanoseconds % Self.nanosecondsPerSecond))
    }

    /// Whether the duration lies in CEL's range (int64 nanoseconds).
    public var isInCELRange: Bool { totalNanoseconds != nil }

    /// The same span with `|nanos| < 1s` and nanos carrying the sign of seconds,
    /// so that field-wise comparison is comparison in time.
    public var normalized: Duration {
        let carry = Int64(nanos) / Self.nanosecondsPerSecond
        let (carried, overflow) = seconds.addingReportingOverflow(carry)
        // Only a host-built duration far outside CEL's range can overflow; it saturates.
        if overflow { return Duration(seconds: carry > 0 ? .max : .min, nanos: 0) }
        var wholeSeconds = carried
        var fraction = Int64(nanos) % Self.nanosecondsPerSecond
        if wholeSeconds > 0 && fraction < 0 {
            wholeSeconds -= 1
            fraction += Self.nanosecondsPerSecond
        } else if wholeSeconds < 0 && fraction > 0 {
            wholeSeconds += 1
            fraction -= Self.nanosecondsPerSecond
        }
        return Duration(seconds: wholeSeconds, nanos: Int32(fraction))
    }

    /// `self + other`, or `nil` outside CEL's range.
    public func adding(_ other: Duration) -> Duration? {
        guard let lhs = totalNanoseconds, let rhs = other.totalNanoseconds else { return nil }
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow ? nil : Duration(totalNanoseconds: sum)
    }

    /// `self - other`, or `nil` outside CEL's range.
    public func subtracting(_ other: Duration) -> Duration? {
        guard let lhs = totalNanoseconds, let rhs = other.totalNanoseconds else { return nil }
        let (difference, overflow) = lhs.subtractingReportingOverflow(rhs)
        return overflow ? nil : Duration(totalNanoseconds: difference)
    }

    /// `-self`, or `nil` outside CEL's range (the most negative duration has no opposite).
    public func negated() -> Duration? {
        guard let total = totalNanoseconds, total != .min else { return nil }
        return Duration(totalNanoseconds: -total)
    }
}
