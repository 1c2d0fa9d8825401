extension Timestamp {
    /// Seconds of 0001-01-01T00:00:00Z, the earliest CEL timestamp.
    public static let minSeconds: Int64 = -62_135_596_800
    /// Seconds of 9999-12-31T23:59:59Z; with up to 999,999,999 nanos, the latest.
    public static let maxSeconds: Int64 = 253_402_300_799

    /// Whether the timestamp lies in CEL's range, years 1 through 9999.
    public var isInCELRange: Bool {
        (Self.minSeconds...Self.maxSeconds).contains(seconds) && (0..<1_000_000_000).contains(nanos)
    }

    /// The timestamp `seconds` after the epoch, or `nil` outside CEL's range.
    public static func checked(seconds: Int64, nanos: Int32 = 0) -> Timestamp? {
        let timestamp = Timestamp(seconds: seconds, nanos: nanos)
        return timestamp.isInCELRange ? timestamp : nil
    }

    /// `self + duration`, or `nil` outside CEL's range.
    public func adding(_ duration: Duration) -> Timestamp? {
        guard isInCELRange, duration.isInCELRange else { return nil }
        let span = duration.normalized
        let (wholeSeconds, overflow) = seconds.addingReportingOverflow(span.seconds)
        if overflow { return nil }
        var resultSeconds = wholeSeconds
        var resultNanos = Int64(nanos) + Int64(span.nanos)
        if resultNanos >= Duration.nanosecondsPerSecond {
            resultSeconds += 1
            resultNanos -= Duration.nanosecondsPerSecond
        } else if resultNanos < 0 {
            resultSeconds -= 1
            resultNanos += Duration.nanosecondsPerSecond
        }
        return Self.checked(seconds: resultSeconds, nanos: Int32(resultNanos))
    }

    /// `self - duration`, or `nil` outside CEL's range.
    public func subtracting(_ duration: Duration) -> Timestamp? {
        guard let opposite = duration.negated() else { return nil }
        return adding(opposite)
    }

    /// `self - other` as a duration, or `nil` if the span exceeds CEL's duration range.
    public func duration(since other: Timestamp) -> Duration? {
        let (secondsApart, overflow) = seconds.subtractingReportingOverflow(other.seconds)
        if overflow { return nil }
        let nanosApart = Int64(nanos) - Int64(other.nanos)
        let (scaled, scaleOverflow) = secondsApart.multipliedReportingOverflow(
            by: Duration.nanosecondsPerSecond)
        if scaleOverflow { return nil }
        let (total, sumOverflow) = scaled.addingReportingOverflow(nanosApart)
        return sumOverflow ? nil : Duration(totalNanoseconds: total)
    }
}
