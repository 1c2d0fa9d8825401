/// `a && b`, commutative as the spec requires: `false` wins over errors and
/// unknowns on either side; otherwise unknowns win over errors.
final class AndNode: Node, @unchecked Sendable {
    let lhs: Node
    let rhs: Node

    init(id: ExprID, lhs: Node, rhs: Node) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let left = lhs.evaluate(&state)
        if case .bool(false) = left { return left }
        let right = rhs.evaluate(&state)
        if case .bool(let rightValue) = right {
            if !rightValue { return right }
            if case .bool = left { return left }
        }
        return Logic.absorb(left, right, function: Operator.logicalAnd, id: id)
    }
}

/// `a || b`: `true` wins over errors and unknowns on either side.
final class OrNode: Node, @unchecked Sendable {
    let lhs: Node
    let rhs: Node

    init(id: ExprID, lhs: Node, rhs: Node) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let left = lhs.evaluate(&state)
        if case .bool(true) = left { return left }
        let right = rhs.evaluate(&state)
        if case .bool(let rightValue) = right {
            if rightValue { return right }
            if case .bool = left { return left }
        }
        return Logic.absorb(left, right, function: Operator.logicalOr, id: id)
    }
}

enum Logic {
    /// The result of `&&`/`||` when neither side decided it: merged unknowns,
    /// else the first error, else a type error for a non-bool operand.
    static func absorb(_ left: Value, _ right: Value, function: String, id: ExprID) -> Value {
        if let propagated = Access.strict(left, right) { return propagated }
        return .error(EvalError.noSuchOverload(function, [left, right]).located(id))
    }
}

/// `!a`.
final class NotNode: Node, @unchecked Sendable {
    let operand: Node

    init(id: ExprID, operand: Node) {
        self.operand = operand
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = operand.evaluate(&state)
        switch value {
        case .bool(let bool): return .bool(!bool)
        case .error, .unknown: return value
        default: return .error(EvalError.noSuchOverload(Operator.logicalNot, [value]).located(id))
        }
    }
}

/// `@not_strictly_false(a)`: the loop condition of `all` and `exists`, true
/// unless `a` is `false`, so that errors and unknowns do not stop the loop.
final class NotStrictlyFalseNode: Node, @unchecked Sendable {
    let operand: Node

    init(id: ExprID, operand: Node) {
        self.operand = operand
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        if case .bool(false) = operand.evaluate(&state) { return .bool(false) }
        return .bool(true)
    }
}

/// `c ? a : b`: only the chosen branch is evaluated.
final class ConditionalNode: Node, @unchecked Sendable {
    let condition: Node
    let whenTrue: Node
    let whenFalse: Node

    init(id: ExprID, condition: Node, whenTrue: Node, whenFalse: Node) {
        self.condition = condition
        self.whenTrue = whenTrue
        self.whenFalse = whenFalse
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = condition.evaluate(&state)
        switch value {
        case .bool(true): return whenTrue.evaluate(&state)
        case .bool(false): return whenFalse.evaluate(&state)
        case .error, .unknown: return value
        default: return .error(EvalError.noSuchOverload(Operator.conditional, [value]).located(id))
        }
    }
}
