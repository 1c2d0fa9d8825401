import CEL

/// Builds a plugin's CEL function from one body and a signature in which a `number`
/// parameter accepts both `int` and `double`: profiles write `value: 1000` as readily
/// as `value: 1000.5`, and a rule should not have to care.
enum PluginFunction {
    enum Parameter {
        case number
        case type(CELType)

        var expansions: [CELType] {
            switch self {
            case .number: return [.int, .double]
            case .type(let type): return [type]
            }
        }
    }

    /// `name` with one overload per combination of numeric parameter types, all sharing
    /// `body` as the dispatcher.
    static func make(
        _ name: String, _ parameters: [Parameter], _ result: CELType,
        _ body: @escaping @Sendable ([Value]) -> Value
    ) -> Function {
        var combinations: [[CELType]] = [[]]
        for parameter in parameters {
            combinations = combinations.flatMap { prefix in parameter.expansions.map { prefix + [$0] } }
        }
        let stem = name.replacingDots
        let overloads = combinations.map { types in
            Overload(stem + "_" + types.map(\.overloadName).joined(separator: "_"), types, result)
        }
        return Function(name: name, overloads: overloads, dispatcher: .variadic(body))
    }

    /// The decimal of a numeric argument, or the error a rule author should see.
    static func decimal(
        _ value: Value, _ function: String, _ position: String
    ) -> Result<ExactDecimal, EvalError> {
        if let decimal = ExactDecimal(value) { return .success(decimal) }
        if case .double = value {
            return .failure(EvalError("\(function): the \(position) is not a finite number"))
        }
        return .failure(EvalError("\(function): the \(position) must be a number, got \(value.typeName)"))
    }

    static func string(_ value: Value, _ function: String, _ position: String) -> Result<String, EvalError> {
        if case .string(let text) = value { return .success(text) }
        return .failure(EvalError("\(function): the \(position) must be a string, got \(value.typeName)"))
    }

    static func overflow(_ function: String) -> Value {
        .error(EvalError("\(function): the amounts are too large for exact decimal arithmetic"))
    }
}

extension String {
    fileprivate var replacingDots: String {
        String(map { $0 == "." ? "_" : $0 })
    }
}

extension CELType {
    fileprivate var overloadName: String {
        switch self {
        case .int: return "int"
        case .double: return "double"
        case .string: return "string"
        case .bool: return "bool"
        case .list: return "list"
        case .map: return "map"
        default: return "dyn"
        }
    }
}

extension Result where Success == Value, Failure == EvalError {
    /// The value, or the error as a CEL error value.
    var value: Value {
        switch self {
        case .success(let value): return value
        case .failure(let error): return .error(error)
        }
    }
}
