import OrderedCollections

/// A CEL runtime value.
///
/// Errors and unknowns are values too, as in cel-go: they flow through the
/// evaluator, are absorbed by `&&`, `||` and `?:` where CEL's commutative
/// semantics allow, and otherwise propagate to the result.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case list([Value])
    case map(MapValue)
    case timestamp(Timestamp)
    case duration(Duration)
    /// A type value, by runtime name: `int`, `list`, `map`, `type`, `null_type`,
    /// `optional_type`, `google.protobuf.Timestamp`, `google.protobuf.Duration`.
    case type(String)
    /// `optional.of(x)` (`.some`) or `optional.none()` (`nil`).
    indirect case optional(Value?)
    /// An evaluation error (division by zero, no such key, overflow …).
    case error(EvalError)
    /// A value that depends on inputs marked unknown; lists the attributes.
    case unknown(UnknownSet)
}

/// A map value: insertion-ordered (so output is deterministic), keyed by CEL's
/// key kinds with CEL's numeric key equality (`{1: 'a'}[1u]` finds the entry).
public struct MapValue: Sendable {
    public var entries: OrderedDictionary<MapKey, Value>

    public init(_ entries: OrderedDictionary<MapKey, Value> = [:]) {
        self.entries = entries
    }

    public var count: Int { entries.count }

    public subscript(key: MapKey) -> Value? {
        get { entries[key] }
        set { entries[key] = newValue }
    }
}

/// A map key: CEL allows `int`, `uint`, `bool` and `string` keys.
///
/// Integer keys compare by numeric value across `int` and `uint` (`1 == 1u`),
/// so both hash the same way; a `double` used as a lookup key with an integral
/// value is converted to an integer key by the evaluator before lookup.
public enum MapKey: Sendable, Hashable {
    case int(Int64)
    case uint(UInt64)
    case bool(Bool)
    case string(String)

    public static func == (lhs: MapKey, rhs: MapKey) -> Bool {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.int(let a), .uint(let b)), (.uint(let b), .int(let a)): return a >= 0 && UInt64(a) == b
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .int(let value):
            if value >= 0 {
                hasher.combine(0 as UInt8)
                hasher.combine(UInt64(value))
            } else {
                hasher.combine(1 as UInt8)
                hasher.combine(value)
            }
        case .uint(let value):
            hasher.combine(0 as UInt8)
            hasher.combine(value)
        case .bool(let value):
            hasher.combine(2 as UInt8)
            hasher.combine(value)
        case .string(let value):
            hasher.combine(3 as UInt8)
            hasher.combine(value)
        }
    }

    /// The key as a value.
    public var value: Value {
        switch self {
        case .int(let value): return .int(value)
        case .uint(let value): return .uint(value)
        case .bool(let value): return .bool(value)
        case .string(let value): return .string(value)
        }
    }
}

/// A runtime error. Carries the id of the node that raised it when known, so
/// that a host can point at the sub-expression.
public struct EvalError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var exprID: ExprID?

    public init(_ message: String, exprID: ExprID? = nil) {
        self.message = message
        self.exprID = exprID
    }

    public var description: String { message }
}

/// The attributes an unknown result depends on, e.g. `product.growing_area_code`.
public struct UnknownSet: Sendable, Hashable {
    /// Attribute paths (`a.b.c`, `a["k"]`), sorted and unique.
    public private(set) var attributes: [String]
    /// Ids of the nodes where the unknown attributes were read.
    public private(set) var exprIDs: [ExprID]

    public init(attributes: [String], exprIDs: [ExprID] = []) {
        self.attributes = Array(Set(attributes)).sorted()
        self.exprIDs = Array(Set(exprIDs)).sorted()
    }

    /// The union of two sets: an expression depending on two unknowns depends on both.
    public func merging(_ other: UnknownSet) -> UnknownSet {
        UnknownSet(attributes: attributes + other.attributes, exprIDs: exprIDs + other.exprIDs)
    }
}
