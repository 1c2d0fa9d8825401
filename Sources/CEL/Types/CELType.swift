/// A CEL type, as the checker sees it.
///
/// Runtime values carry only the unparameterised type name (`type([1]) == list`);
/// see ``Value/typeName``.
public indirect enum CELType: Sendable, Hashable, CustomStringConvertible {
    case dyn
    case null
    case bool
    case int
    case uint
    case double
    case string
    case bytes
    case timestamp
    case duration
    case list(CELType)
    case map(CELType, CELType)
    /// The type of a type value: `type(int)` is the type of the value `int`.
    case type(CELType)
    case optional(CELType)
    /// A type parameter in a generic overload signature (`T` in `list(T)`).
    case typeParameter(String)
    /// A named abstract type with parameters (host extensions may declare such types).
    case opaque(String, [CELType])
    /// A protobuf message type, by full name. Comply has no protobuf support; the
    /// checker knows only the names that CEL treats specially.
    case message(String)
    /// The type of an expression that failed to check.
    case error

    /// The type's name as CEL writes it: `int`, `list(string)`, `map(string, dyn)`,
    /// `optional_type(int)`, `null_type`, `google.protobuf.Timestamp`.
    public var description: String {
        switch self {
        case .dyn: return "dyn"
        case .null: return "null_type"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        case .timestamp: return "google.protobuf.Timestamp"
        case .duration: return "google.protobuf.Duration"
        case .list(let element): return "list(\(element))"
        case .map(let key, let value): return "map(\(key), \(value))"
        case .type(let type): return "type(\(type))"
        case .optional(let wrapped): return "optional_type(\(wrapped))"
        case .typeParameter(let name): return name
        case .opaque(let name, let parameters):
            return parameters.isEmpty
                ? name : "\(name)(\(parameters.map(\.description).joined(separator: ", ")))"
        case .message(let name): return name
        case .error: return "*error*"
        }
    }

    /// The runtime type name of values of this type: what `type(x)` evaluates to.
    public var runtimeName: String {
        switch self {
        case .list: return "list"
        case .map: return "map"
        case .type: return "type"
        case .optional: return "optional_type"
        case .opaque(let name, _): return name
        default: return description
        }
    }
}
