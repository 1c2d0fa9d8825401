import YAML

extension Node {
    /// How a diagnostic names what was found: "a sequence", "a mapping", "a string".
    var kindDescription: String {
        switch kind {
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        case .scalar:
            switch resolvedScalar {
            case .null: return "nothing (null)"
            case .bool: return "a boolean"
            case .int: return "an integer"
            case .double: return "a number"
            case .string, nil: return "a string"
            }
        }
    }
}
