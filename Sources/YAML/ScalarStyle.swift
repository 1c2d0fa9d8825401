/// How a scalar was written. Only plain scalars are resolved to non-string values by the
/// core schema; every other style is a string unless explicitly tagged.
public enum ScalarStyle: String, Hashable, Sendable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}
