import CEL

/// The CEL type a decoded input value is declared with, so the checker can catch
/// `product.fob_value + "x"` before evaluation.
///
/// Scalars get their own type; a list or map whose elements all share one type gets
/// it (`list(int)`, `map(string, string)`), a mixed or empty one gets `dyn` elements
/// (`list(dyn)`, `map(string, dyn)`); `null` is `dyn`, because an input that says
/// `null` usually means "not given" and may be compared with anything.
public enum InferredType {
    public static func of(_ value: Value) -> CELType {
        switch value {
        case .null: return .dyn
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .bytes: return .bytes
        case .timestamp: return .timestamp
        case .duration: return .duration
        case .type(let name): return .type(.opaque(name, []))
        case .optional(let wrapped): return .optional(wrapped.map(of) ?? .dyn)
        case .list(let items): return .list(common(items.map(of)))
        case .map(let map):
            let key = common(map.entries.keys.map { of($0.value) })
            return .map(map.count == 0 ? .string : key, common(map.entries.values.map(of)))
        case .error, .unknown: return .dyn
        }
    }

    private static func common(_ types: [CELType]) -> CELType {
        guard let first = types.first, types.allSatisfy({ $0 == first }) else { return .dyn }
        return first
    }
}
