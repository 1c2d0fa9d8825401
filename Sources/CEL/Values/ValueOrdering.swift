extension Value {
    /// CEL's ordering, or `nil` when the two values cannot be ordered (lists, maps,
    /// null, mixed non-numeric kinds): the operators then fail with "no such overload".
    ///
    /// Numbers order across `int`, `uint` and `double`; strings by code point;
    /// bytes lexicographically; `false < true`; timestamps and durations in time.
    public func compare(_ other: Value) -> ValueOrder? {
        switch (self, other) {
        case (.int(let a), .int(let b)): return ValueOrder(a, b)
        case (.uint(let a), .uint(let b)): return ValueOrder(a, b)
        case (.double(let a), .double(let b)): return ValueOrder(a, b)
        case (.int, _), (.uint, _), (.double, _): return NumericComparison.compare(self, other)
        // UTF-8 byte order is code point order; Swift's `String <` would normalise.
        case (.string(let a), .string(let b)): return ValueOrder(lexicographic: a.utf8, b.utf8)
        case (.bytes(let a), .bytes(let b)): return ValueOrder(lexicographic: a, b)
        case (.bool(let a), .bool(let b)): return a == b ? .equal : (a ? .greater : .less)
        case (.timestamp(let a), .timestamp(let b)): return ValueOrder(a, b)
        case (.duration(let a), .duration(let b)): return ValueOrder(a.normalized, b.normalized)
        default: return nil
        }
    }

    /// `self < other`, `self <= other`, `self > other` or `self >= other` as a CEL
    /// value: a `bool`, or a "no such overload" error for unordered kinds.
    public func relation(_ relation: Relation, _ other: Value) -> Value {
        guard let order = compare(other) else {
            return .error(.noSuchOverload(relation.function, [self, other]))
        }
        return .bool(relation.holds(order))
    }
}
