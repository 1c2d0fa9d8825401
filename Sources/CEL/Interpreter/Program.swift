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
    /// One reference, so that copying a program (into an array, a closure, a
    /// tuple) costs one retain, whatever the size of its AST and plans.
    private let plan: Plan

    public var ast: AST { plan.ast }
    public var options: ProgramOptions { plan.options }

    init(ast: AST, environment: Environment, options: ProgramOptions) {
        self.plan = Plan(ast: ast, environment: environment, options: options)
    }

    /// Evaluates the expression. Errors and unknowns are returned as values.
    public func evaluate(_ activation: Activation) -> Value {
        plan.evaluate(activation)
    }

    /// Evaluates with a trace of every evaluated sub-expression's value, by node id.
    public func evaluate(_ activation: Activation, trace: Bool) -> Evaluation {
        plan.evaluate(activation, trace: trace)
    }
}

/// The planned trees of a ``Program``, immutable once built.
private final class Plan: Sendable {
    let ast: AST
    let options: ProgramOptions
    let fast: Node
    let instrumented: Node
    let fastSlots: Int
    let instrumentedSlots: Int
    /// The charge for the nodes outside comprehension loops.
    let baseCost: Int

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

    func evaluate(_ activation: Activation, trace: Bool) -> Evaluation {
        if !trace, activation.unknownAttributes.isEmpty {
            var cost = 0
            let value = run(fast, slots: fastSlots, activation, nil, cost: &cost)
            return Evaluation(value: value, trace: [:], cost: cost)
        }
        let instrumentation = Instrumentation(
            unknownPatterns: activation.unknownAttributes.compactMap { AttributePath(parsing: $0) },
            tracing: trace)
        var cost = 0
        let value = run(instrumented, slots: instrumentedSlots, activation, instrumentation, cost: &cost)
        return Evaluation(value: value, trace: instrumentation.trace, cost: cost)
    }

    /// The fast path of ``Program/evaluate(_:)``.
    func evaluate(_ activation: Activation) -> Value {
        if activation.unknownAttributes.isEmpty {
            var cost = 0
            return run(fast, slots: fastSlots, activation, nil, cost: &cost)
        }
        return evaluate(activation, trace: false).value
    }

    private func run(
        _ root: Node, slots: Int, _ activation: Activation, _ instrumentation: Instrumentation?,
        cost: inout Int
    ) -> Value {
        guard slots > 0 else {
            return run(
                root, UnsafeMutableBufferPointer(start: nil, count: 0), activation, instrumentation, &cost)
        }
        return withUnsafeTemporaryAllocation(of: Value?.self, capacity: slots) { buffer in
            buffer.initialize(repeating: nil)
            defer { _ = buffer.deinitialize() }
            return run(root, buffer, activation, instrumentation, &cost)
        }
    }

    private func run(
        _ root: Node, _ slots: UnsafeMutableBufferPointer<Value?>, _ activation: Activation,
        _ instrumentation: Instrumentation?, _ cost: inout Int
    ) -> Value {
        var state = EvaluationState(
            activation: activation, slots: slots, options: options, instrumentation: instrumentation)
        state.cost = baseCost
        defer { cost = state.cost }
        if state.isOverBudget {
            return .error(EvalError.costLimitExceeded(options.costLimit).located(ast.root.id))
        }
        let value = root.evaluate(&state)
        if state.isOverBudget {
            return .error(EvalError.costLimitExceeded(options.costLimit).located(ast.root.id))
        }
        return value
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
