/// The internal function names of CEL's operators, as in cel-spec and cel-go.
public enum Operator {
    public static let conditional = "_?_:_"
    public static let logicalAnd = "_&&_"
    public static let logicalOr = "_||_"
    public static let logicalNot = "!_"
    public static let negate = "-_"
    public static let equals = "_==_"
    public static let notEquals = "_!=_"
    public static let less = "_<_"
    public static let lessEquals = "_<=_"
    public static let greater = "_>_"
    public static let greaterEquals = "_>=_"
    public static let add = "_+_"
    public static let subtract = "_-_"
    public static let multiply = "_*_"
    public static let divide = "_/_"
    public static let modulo = "_%_"
    public static let index = "_[_]"
    public static let optionalIndex = "_[?_]"
    public static let optionalSelect = "_?._"
    public static let `in` = "@in"
    /// Used by `all`/`exists` expansions: true unless the argument is `false`
    /// (errors and unknowns count as "not strictly false").
    public static let notStrictlyFalse = "@not_strictly_false"

    /// The operator text as written, for messages and traces (`_+_` → `+`).
    public static func display(_ function: String) -> String? {
        switch function {
        case conditional: return "?:"
        case logicalAnd: return "&&"
        case logicalOr: return "||"
        case logicalNot: return "!"
        case negate: return "-"
        case equals: return "=="
        case notEquals: return "!="
        case less: return "<"
        case lessEquals: return "<="
        case greater: return ">"
        case greaterEquals: return ">="
        case add: return "+"
        case subtract: return "-"
        case multiply: return "*"
        case divide: return "/"
        case modulo: return "%"
        case `in`: return "in"
        default: return nil
        }
    }
}
