import CEL

/// Whether an evaluated value is the value a case expects: CEL equality with type
/// identity (an expected `1` is not matched by `1u` or `1.0`, not even inside a list),
/// NaN equal to NaN as the suite asks, and maps compared without regard to order.
enum ExpectedValueMatch {
    static func matches(_ actual: Value, _ expected: Value) -> Bool {
        switch (actual, expected) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a == b
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        case (.type(let a), .type(let b)): return a == b
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { matches($0, $1) }
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in b.entries {
                // Key kinds must agree too: `{1: x}` does not match `{1u: x}`.
                guard let found = a.entries.first(where: { sameKey($0.key, key) }),
                    matches(found.value, value)
                else { return false }
            }
            return true
        case (.optional(let a), .optional(let b)):
            switch (a, b) {
            case (nil, nil): return true
            case (let a?, let b?): return matches(a, b)
            default: return false
            }
        default: return false
        }
    }

    private static func sameKey(_ a: MapKey, _ b: MapKey) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.uint(let x), .uint(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        default: return false
        }
    }
}
