/// Comparison across CEL's three numeric types.
///
/// `int` against `uint` is exact. A comparison with a `double` converts the
/// integer to the nearest double first, as cel-spec does: its corpus expects
/// `dyn(9223372036854775807) >= 9223372036854775808.0` to hold, because both
/// sides are 2^63 once converted. Equality uses the same rule so that
/// `a <= b` stays `a < b || a == b`.
enum NumericComparison {
    static func compare(_ lhs: Int64, _ rhs: UInt64) -> ValueOrder {
        if lhs < 0 { return .less }
        return ValueOrder(UInt64(lhs), rhs)
    }

    static func compare(_ lhs: UInt64, _ rhs: Int64) -> ValueOrder {
        if rhs < 0 { return .greater }
        return ValueOrder(lhs, UInt64(rhs))
    }

    static func compare(_ lhs: Int64, _ rhs: Double) -> ValueOrder {
        ValueOrder(Double(lhs), rhs)
    }

    static func compare(_ lhs: Double, _ rhs: Int64) -> ValueOrder {
        ValueOrder(lhs, Double(rhs))
    }

    static func compare(_ lhs: UInt64, _ rhs: Double) -> ValueOrder {
        ValueOrder(Double(lhs), rhs)
    }

    static func compare(_ lhs: Double, _ rhs: UInt64) -> ValueOrder {
        ValueOrder(lhs, Double(rhs))
    }

    /// The order of two numeric values of any kinds, or `nil` if either is not a number.
    static func compare(_ lhs: Value, _ rhs: Value) -> ValueOrder? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return ValueOrder(a, b)
        case (.uint(let a), .uint(let b)): return ValueOrder(a, b)
        case (.double(let a), .double(let b)): return ValueOrder(a, b)
        case (.int(let a), .uint(let b)): return compare(a, b)
        case (.uint(let a), .int(let b)): return compare(a, b)
        case (.int(let a), .double(let b)): return compare(a, b)
        case (.double(let a), .int(let b)): return compare(a, b)
        case (.uint(let a), .double(let b)): return compare(a, b)
        case (.double(let a), .uint(let b)): return compare(a, b)
        default: return nil
        }
    }
}
