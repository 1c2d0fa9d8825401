extension Value {
    /// The runtime type name, as `type(x)` yields it: `int`, `uint`, `double`, `bool`,
    /// `string`, `bytes`, `null_type`, `list`, `map`, `type`, `optional_type`,
    /// `google.protobuf.Timestamp`, `google.protobuf.Duration`.
    ///
    /// Errors and unknowns are not values a CEL program can name; they report
    /// `*error*` and `*unknown*` so that messages about them stay readable.
    public var typeName: String {
        switch self {
        case .null: return "null_type"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        case .list: return "list"
        case .map: return "map"
        case .timestamp: return "google.protobuf.Timestamp"
        case .duration: return "google.protobuf.Duration"
        case .type: return "type"
        case .optional: return "optional_type"
        case .error: return "*error*"
        case .unknown: return "*unknown*"
        }
    }

    /// The value of `type(x)`.
    public var runtimeType: Value { .type(typeName) }

    /// Whether the value is an error or an unknown, which strict functions propagate
    /// instead of computing with.
    public var isErrorOrUnknown: Bool {
        switch self {
        case .error, .unknown: return true
        default: return false
        }
    }
}
