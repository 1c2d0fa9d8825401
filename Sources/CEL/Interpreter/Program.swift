/// A planned expression: evaluate it any number of times, from any thread.
///
///     let env = Environment(variables: ["market": .string])
///     let program = env.program(try env.compile("market in ['CN', 'US']"))
///     program.evaluate(Activation(["market": .string("CN")]))   // .bool(true)
///
/// Planning happens once, here: the AST becomes a tree of evaluation nodes. Two
/// trees are kept: a fast one, and an instrumented one that records a trace and
/// consults `Activation.unknownAttributes`; an evaluation picks the tree once,
/// so tracing and unknown patterns cost nothing when they are not used.
///
/// **Cost.** Every evaluation is charged the number of nodes outside
/// comprehension loops, plus, for each loop iteration, the number of nodes in
/// the loop condition and step, plus the size of every string or list a `+`
/// builds inside a loop. This is an upper bound of the steps taken; past
/// ``ProgramOptions/costLimit`` the result is a "cost limit exceeded" error,
/// whatever `&&` or `||` around the loop would otherwise absorb.
public struct Program: Sendable {
    public let ast: AST
    public let options: ProgramOptions
    private let fast: Node
    private let instrumented: Node
    private let fastSlots: Int
    private let instrumentedSlots: Int
    /// The charge for the nodes outside comprehension loops.
    private let baseCost: Int

    init(ast: AST, environment: Environment, options: ProgramOptions) {
        self.ast = ast
        self.options = options
        var fastPlanner = Planner(environment: environment, ast: ast, instrumented: false)
        self.fast = fastPlanner.planRoot()
        self.fastSlots = fastPlanner.slotCount
        var instrumentedPlanner = Planner(environment: environment, ast: ast, instrumented: true)
        self.instrumented = instrumentedPlanner.planRoot()
        self.instrumentedSlots = instrumentedPlanner.slotCount
        self.baseCost = Planner.staticCost(ast.root)
    }

    /// Evaluates the expression. Errors and unknowns are returned as values.
    public func evaluate(_ activation: Activation) -> Value {
        if activation.unknownAttributes.isEmpty {
            return run(fast, slots: fastSlots, activation, patterns: [], tracing: false).value
        }
        return run(
            instrumented, slots: instrumentedSlots, activation, patterns: Self.patterns(activation),
            tracing: false
        )
        .value
    }

    /// Evaluates with a trace of every evaluated sub-expression's value, by node id.
    public func evaluate(_ activation: Activation, trace: Bool) -> Evaluation {
        if !trace, activation.unknownAttributes.isEmpty {
            return run(fast, slots: fastSlots, activation, patterns: [], tracing: false)
        }
        return run(
            instrumented, slots: instrumentedSlots, activation, patterns: Self.patterns(activation),
            tracing: trace)
    }

    private static func patterns(_ activation: Activation) -> [AttributePath] {
        activation.unknownAttributes.compactMap { AttributePath(parsing: $0) }
    }

    private func run(
        _ root: Node, slots: Int, _ activation: Activation, patterns: [AttributePath], tracing: Bool
    ) -> Evaluation {
        withUnsafeTemporaryAllocation(of: Value?.self, capacity: max(slots, 1)) { buffer in
            buffer.initialize(repeating: nil)
            defer { _ = buffer.deinitialize() }
            var state = EvaluationState(
                activation: activation, slots: buffer, options: options, unknownPatterns: patterns,
                tracing: tracing)
            state.cost = baseCost
            var value: Value
            if state.isOverBudget {
                value = .error(EvalError.costLimitExceeded(options.costLimit).located(ast.root.id))
            } else {
                value = root.evaluate(&state)
                if state.isOverBudget {
                    value = .error(EvalError.costLimitExceeded(options.costLimit).located(ast.root.id))
                }
            }
            return Evaluation(value: value, trace: state.trace, cost: state.cost)
        }
    }
}

/// The outcome of a traced evaluation.
public struct Evaluation: Sendable {
    public var value: Value
    /// The value of every evaluated node, by id (empty unless tracing).
    public var trace: [ExprID: Value]
    /// Evaluation steps charged (see ``Program``).
    public var cost: Int

    public init(value: Value, trace: [ExprID: Value], cost: Int) {
        self.value = value
        self.trace = trace
        self.cost = cost
    }
}
