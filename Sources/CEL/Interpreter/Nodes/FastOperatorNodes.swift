/// Operators the planner evaluates inline for the common same-kind operands
/// (two doubles, two ints, two strings, two bools), falling back to the
/// library's implementation for everything else, so that the hot paths of rule
/// expressions make no closure call and box nothing.
enum FastOperator: Sendable {
    case equals
    case notEquals
    case less
    case lessEquals
    case greater
    case greaterEquals
    case add
    case subtract
    case multiply
    case divide

    init?(function: String) {
        switch function {
        case Operator.equals: self = .equals
        case Operator.notEquals: self = .notEquals
        case Operator.less: self = .less
        case Operator.lessEquals: self = .lessEquals
        case Operator.greater: self = .greater
        case Operator.greaterEquals: self = .greaterEquals
        case Operator.add: self = .add
        case Operator.subtract: self = .subtract
        case Operator.multiply: self = .multiply
        case Operator.divide: self = .divide
        default: return nil
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`); `nil` if not commutable.
    var swapped: FastOperator? {
        switch self {
        case .equals, .notEquals, .add, .multiply: return self
        case .less: return .greater
        case .lessEquals: return .greaterEquals
        case .greater: return .less
        case .greaterEquals: return .lessEquals
        case .subtract, .divide: return nil
        }
    }

    /// The result when both operands are of a kind handled inline, else `nil`.
    @inline(__always)
    func apply(_ left: Value, _ right: Value) -> Value? {
        switch (left, right) {
        case (.double(let a), .double(let b)):
            switch self {
            case .equals: return .bool(a == b)
            case .notEquals: return .bool(a != b)
            case .less: return .bool(a < b)
            case .lessEquals: return .bool(a <= b)
            case .greater: return .bool(a > b)
            case .greaterEquals: return .bool(a >= b)
            case .add: return .double(a + b)
            case .subtract: return .double(a - b)
            case .multiply: return .double(a * b)
            case .divide: return .double(a / b)
            }
        case (.int(let a), .int(let b)):
            switch self {
            case .equals: return .bool(a == b)
            case .notEquals: return .bool(a != b)
            case .less: return .bool(a < b)
            case .lessEquals: return .bool(a <= b)
            case .greater: return .bool(a > b)
            case .greaterEquals: return .bool(a >= b)
            case .add, .subtract, .multiply, .divide: return nil
            }
        case (.string(let a), .string(let b)):
            switch self {
            // CEL strings are equal when their code points are; Swift's `==` also
            // equates canonically equivalent spellings, so compare the bytes.
            case .equals: return .bool(StringEquality.same(a, b))
            case .notEquals: return .bool(!StringEquality.same(a, b))
            default: return nil
            }
        case (.bool(let a), .bool(let b)):
            switch self {
            case .equals: return .bool(a == b)
            case .notEquals: return .bool(a != b)
            default: return nil
            }
        case (.null, .null):
            switch self {
            case .equals: return .bool(true)
            case .notEquals: return .bool(false)
            default: return nil
            }
        default:
            return nil
        }
    }
}

/// `a op b` with an inline fast path.
final class FastBinaryNode: Node, @unchecked Sendable {
    let operation: FastOperator
    let lhs: Node
    let rhs: Node
    let fallback: @Sendable (Value, Value) -> Value

    init(
        id: ExprID, operation: FastOperator, lhs: Node, rhs: Node,
        fallback: @escaping @Sendable (Value, Value) -> Value
    ) {
        self.operation = operation
        self.lhs = lhs
        self.rhs = rhs
        self.fallback = fallback
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let left = lhs.evaluate(&state)
        let right = rhs.evaluate(&state)
        if let result = operation.apply(left, right) { return result }
        if let propagated = Access.strict(left, right) { return propagated }
        return fallback(left, right).located(at: id)
    }
}

/// `a op constant` (or `constant op a`, swapped) with an inline fast path.
final class FastBinaryConstantNode: Node, @unchecked Sendable {
    let operation: FastOperator
    let operand: Node
    let constant: Value
    /// Called with the operands in their written order.
    let fallback: @Sendable (Value, Value) -> Value
    let constantFirst: Bool

    init(
        id: ExprID, operation: FastOperator, operand: Node, constant: Value, constantFirst: Bool,
        fallback: @escaping @Sendable (Value, Value) -> Value
    ) {
        self.operation = operation
        self.operand = operand
        self.constant = constant
        self.constantFirst = constantFirst
        self.fallback = fallback
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = operand.evaluate(&state)
        if let result = operation.apply(value, constant) { return result }
        switch value {
        case .error, .unknown: return value
        default: break
        }
        return (constantFirst ? fallback(constant, value) : fallback(value, constant)).located(at: id)
    }
}

/// `x in [constant strings]`: a linear scan of a few strings or a hash set of many.
final class InStringsNode: Node, @unchecked Sendable {
    let operand: Node
    let strings: [String]
    let set: Set<String>
    let list: Value
    let fallback: @Sendable (Value, Value) -> Value

    init(id: ExprID, operand: Node, strings: [String], fallback: @escaping @Sendable (Value, Value) -> Value)
    {
        self.operand = operand
        self.strings = strings
        // Hashing is exact only for ASCII: other strings may be canonically
        // equivalent to one another in Swift but not in CEL.
        let ascii = strings.allSatisfy { $0.utf8.allSatisfy { $0 < 128 } }
        self.set = strings.count > 8 && ascii ? Set(strings) : []
        self.list = .list(strings.map { .string($0) })
        self.fallback = fallback
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = operand.evaluate(&state)
        switch value {
        case .string(let string):
            if set.isEmpty {
                for candidate in strings where StringEquality.same(candidate, string) {
                    return .bool(true)
                }
                return .bool(false)
            }
            // The set's strings are ASCII; a non-ASCII operand may still hash-match one, so confirm by bytes.
            guard let index = set.firstIndex(of: string) else { return .bool(false) }
            return .bool(StringEquality.same(set[index], string))
        case .error, .unknown:
            return value
        default:
            return fallback(value, list).located(at: id)
        }
    }
}
