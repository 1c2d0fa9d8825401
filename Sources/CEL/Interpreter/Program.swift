// PLACEHOLDER — replaced by the interpreter work (planner, evaluation, trace, cost, unknowns).

/// A planned expression: evaluate it any number of times, from any thread.
public struct Program: Sendable {
    public let ast: AST

    init(ast: AST, environment: Environment, options: ProgramOptions) {
        self.ast = ast
    }

    /// Evaluates the expression. Errors and unknowns are returned as values.
    public func evaluate(_ activation: Activation) -> Value {
        .error(EvalError("interpreter not built yet"))
    }

    /// Evaluates with a trace of every sub-expression's value, by node id.
    public func evaluate(_ activation: Activation, trace: Bool) -> Evaluation {
        Evaluation(value: evaluate(activation), trace: [:], cost: 0)
    }
}

/// The outcome of a traced evaluation.
public struct Evaluation: Sendable {
    public var value: Value
    /// The value of every evaluated node, by id (empty unless tracing).
    public var trace: [ExprID: Value]
    /// Evaluation steps taken.
    public var cost: Int
}
