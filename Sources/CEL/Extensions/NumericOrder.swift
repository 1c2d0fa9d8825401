/// How two CEL numbers compare by value across `int`, `uint` and `double`.
enum NumericOrdering: Sendable {
    case less, equal, greater
    /// One side is NaN.
    case unordered
}

/// Exact ordering of mixed numbers, without the rounding a conversion to
/// double would bring (`9223372036854775807 > 9223372036854775806.0` holds).
enum NumericOrder {
    static func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .uint, .double: return true
        default: return false
        }
    }

    /// `nil` when either value is not a number.
    static func compare(_ left: Value, _ right: Value) -> NumericOrdering? {
        switch (left, right) {
        case (.int(let a), .int(let b)): return order(a, b)
        case (.uint(let a), .uint(let b)): return order(a, b)
        case (.double(let a), .double(let b)):
            if a.isNaN || b.isNaN { return .unordered }
            return a < b ? .less : a > b ? .greater : .equal
        case (.int(let a), .uint(let b)): return a < 0 ? .less : order(UInt64(a), b)
        case (.uint(let a), .int(let b)): return b < 0 ? .greater : order(a, UInt64(b))
        case (.int(let a), .double(let b)): return compare(integer: a, double: b)
        case (.uint(let a), .double(let b)): return compare(integer: a, double: b)
        case (.double(let a), .int(let b)): return flip(compare(integer: b, double: a))
        case (.double(let a), .uint(let b)): return flip(compare(integer: b, double: a))
        default: return nil
        }
    }

    private static func order<T: Comparable>(_ a: T, _ b: T) -> NumericOrdering {
        a < b ? .less : a > b ? .greater : .equal
    }

    private static func flip(_ ordering: NumericOrdering) -> NumericOrdering {
        switch ordering {
        case .less: return .greater
        case .greater: return .less
        default: return ordering
        }
    }

    /// Compares through the double's integral part, which is exact whenever it
    /// lies in the integer type's range, then through its fraction.
    private static func compare<I: FixedWidthInteger>(integer: I, double: Double) -> NumericOrdering {
        if double.isNaN { return .unordered }
        let whole = double.rounded(.towardZero)
        guard let truncated = I(exactly: whole) else {
            // Beyond the type's range (or infinite): the sign decides.
            return whole > 0 ? .less : .greater
        }
        if integer != truncated { return integer < truncated ? .less : .greater }
        return double > whole ? .less : double < whole ? .greater : .equal
    }
}
