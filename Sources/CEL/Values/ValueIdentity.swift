/// Structural identity of values, for tests and hosts: the same kind holding
/// the same data. It is not CEL's `==` (see ``Value/celEquals(_:)``): here
/// `1 != 1u`, `NaN == NaN` (so a result can be compared with an expected NaN)
/// and `0.0 != -0.0`. Maps are identical when they hold the same entries,
/// in any order.
extension Value: Equatable {
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.double(let a), .double(let b)): return a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)): return a == b
        case (.timestamp(let a), .timestamp(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a.normalized == b.normalized
        case (.type(let a), .type(let b)): return a == b
        case (.optional(let a), .optional(let b)): return a == b
        case (.error(let a), .error(let b)): return a == b
        case (.unknown(let a), .unknown(let b)): return a == b
        default: return false
        }
    }
}

extension MapValue: Equatable {
    public static func == (lhs: MapValue, rhs: MapValue) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs.entries {
            // `MapKey` equates 1 and 1u; identity does not.
            guard let index = rhs.entries.index(forKey: key), rhs.entries.keys[index].value == key.value,
                rhs.entries.values[index] == value
            else { return false }
        }
        return true
    }
}
