/// A call of a one-argument implementation. CEL functions are strict: an
/// unknown or error argument is the result, and the body never sees it.
final class UnaryCallNode: Node, @unchecked Sendable {
    let argument: Node
    let body: @Sendable (Value) -> Value

    init(id: ExprID, argument: Node, body: @escaping @Sendable (Value) -> Value) {
        self.argument = argument
        self.body = body
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = argument.evaluate(&state)
        switch value {
        case .error, .unknown: return value
        default: return body(value).located(at: id)
        }
    }
}

final class BinaryCallNode: Node, @unchecked Sendable {
    let lhs: Node
    let rhs: Node
    let body: @Sendable (Value, Value) -> Value

    init(id: ExprID, lhs: Node, rhs: Node, body: @escaping @Sendable (Value, Value) -> Value) {
        self.lhs = lhs
        self.rhs = rhs
        self.body = body
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let left = lhs.evaluate(&state)
        let right = rhs.evaluate(&state)
        if let propagated = Access.strict(left, right) { return propagated }
        return body(left, right).located(at: id)
    }
}

final class TernaryCallNode: Node, @unchecked Sendable {
    let first: Node
    let second: Node
    let third: Node
    let body: @Sendable (Value, Value, Value) -> Value

    init(id: ExprID, arguments: (Node, Node, Node), body: @escaping @Sendable (Value, Value, Value) -> Value)
    {
        (first, second, third) = arguments
        self.body = body
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let values = [first.evaluate(&state), second.evaluate(&state), third.evaluate(&state)]
        if let propagated = Access.strict(values) { return propagated }
        return body(values[0], values[1], values[2]).located(at: id)
    }
}

final class VariadicCallNode: Node, @unchecked Sendable {
    let arguments: [Node]
    let body: @Sendable ([Value]) -> Value

    init(id: ExprID, arguments: [Node], body: @escaping @Sendable ([Value]) -> Value) {
        self.arguments = arguments
        self.body = body
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(argument.evaluate(&state)) }
        if let propagated = Access.strict(values) { return propagated }
        return body(values).located(at: id)
    }
}

/// A call whose overload is chosen at run time from the arguments' kinds: the
/// function has no dispatcher and several overloads may apply.
final class DispatchCallNode: Node, @unchecked Sendable {
    let function: String
    let arguments: [Node]
    let overloads: [Overload]

    init(id: ExprID, function: String, arguments: [Node], overloads: [Overload]) {
        self.function = function
        self.arguments = arguments
        self.overloads = overloads
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(argument.evaluate(&state)) }
        if let propagated = Access.strict(values) { return propagated }
        for overload in overloads where OverloadMatching.accepts(overload.parameters, values) {
            if let implementation = overload.implementation,
                let result = OverloadMatching.call(implementation, values)
            {
                return result.located(at: id)
            }
        }
        return .error(EvalError.noSuchOverload(function, values).located(id))
    }
}

/// A call of a name no library declares. Arguments are still evaluated so that
/// their errors and unknowns take precedence, as for any strict function.
final class UnboundCallNode: Node, @unchecked Sendable {
    let function: String
    let arguments: [Node]

    init(id: ExprID, function: String, arguments: [Node]) {
        self.function = function
        self.arguments = arguments
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        var values: [Value] = []
        for argument in arguments { values.append(argument.evaluate(&state)) }
        if let propagated = Access.strict(values) { return propagated }
        return .error(EvalError("unbound function '\(function)': no matching overload", exprID: id))
    }
}

/// Matching runtime values against declared parameter types.
enum OverloadMatching {
    static func accepts(_ parameters: [CELType], _ values: [Value]) -> Bool {
        guard parameters.count == values.count else { return false }
        for (parameter, value) in zip(parameters, values) where !accepts(parameter, value) {
            return false
        }
        return true
    }

    /// Whether a value may be passed for a parameter; element and key types of
    /// lists and maps are not inspected (the checker did that when it could).
    static func accepts(_ type: CELType, _ value: Value) -> Bool {
        switch (type, value) {
        case (.dyn, _), (.typeParameter, _): return true
        case (.null, .null), (.bool, .bool), (.int, .int), (.uint, .uint), (.double, .double),
            (.string, .string), (.bytes, .bytes), (.timestamp, .timestamp), (.duration, .duration),
            (.list, .list), (.map, .map), (.type, .type), (.optional, .optional):
            return true
        case (.message(let name), .timestamp): return name == "google.protobuf.Timestamp"
        case (.message(let name), .duration): return name == "google.protobuf.Duration"
        default: return false
        }
    }

    /// Calls an implementation with arguments of a matching count; `nil` when the counts differ.
    static func call(_ implementation: Implementation, _ values: [Value]) -> Value? {
        switch implementation {
        case .unary(let body): return values.count == 1 ? body(values[0]) : nil
        case .binary(let body): return values.count == 2 ? body(values[0], values[1]) : nil
        case .ternary(let body): return values.count == 3 ? body(values[0], values[1], values[2]) : nil
        case .variadic(let body): return body(values)
        }
    }
}
