extension Value {
    /// CEL's `==`.
    ///
    /// - Numbers compare by value across `int`, `uint` and `double` (`1 == 1u`,
    ///   `1 == 1.0`); NaN equals nothing, itself included.
    /// - Strings compare by code points, with no Unicode normalisation
    ///   (`'\u00E9' != 'e\u0301'`), unlike Swift's `String ==`.
    /// - Lists compare element-wise; maps by key set and values, ignoring order.
    /// - Values of different kinds are unequal, not an error (`1 == 'a'` is `false`).
    ///
    /// Errors and unknowns are never equal to anything; the evaluator propagates
    /// them before asking.
    public func celEquals(_ other: Value) -> Bool {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int, .uint), (.uint, .int), (.int, .double), (.double, .int), (.uint, .double),
            (.double, .uint):
            return NumericComparison.compare(self, other) == .equal
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.bool(let a), .bool(let b)): return a == b
        case (.null, .null): return true
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            for index in a.indices where !a[index].celEquals(b[index]) { return false }
            return true
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a.entries {
                guard let otherValue = b.entries[key], value.celEquals(otherValue) else { return false }
            }
            return true
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a.normalized == b.normalized
        case (.type(let a), .type(let b)): return a == b
        case (.optional(let a), .optional(let b)):
            switch (a, b) {
            case (nil, nil): return true
            case (let x?, let y?): return x.celEquals(y)
            default: return false
            }
        default: return false
        }
    }
}
