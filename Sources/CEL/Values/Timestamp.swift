/// A point in time with nanosecond precision, as `google.protobuf.Timestamp`:
/// seconds since the Unix epoch (UTC) and a non-negative nanosecond part.
/// CEL's valid range is 0001-01-01T00:00:00Z through 9999-12-31T23:59:59.999999999Z.
public struct Timestamp: Sendable, Hashable, Comparable {
    public var seconds: Int64
    /// `0 ..< 1_000_000_000`.
    public var nanos: Int32

    public init(seconds: Int64, nanos: Int32 = 0) {
        self.seconds = seconds
        self.nanos = nanos
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }
}

/// A signed span of time with nanosecond precision, as `google.protobuf.Duration`.
/// `seconds` and `nanos` have the same sign (or one is zero). CEL's valid range is
/// about ±10,000 years (±315,576,000,000 seconds).
public struct Duration: Sendable, Hashable, Comparable {
    public var seconds: Int64
    /// `-999_999_999 ... 999_999_999`, same sign as `seconds`.
    public var nanos: Int32

    public init(seconds: Int64, nanos: Int32 = 0) {
        self.seconds = seconds
        self.nanos = nanos
    }

    public static func < (lhs: Duration, rhs: Duration) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }
}
