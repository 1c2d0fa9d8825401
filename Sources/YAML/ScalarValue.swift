/// A scalar's value under the YAML 1.2 core schema.
public enum ScalarValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
}
