/// One planned sub-expression. The planner turns an ``AST`` into a tree of
/// final subclasses once; evaluation is a virtual call per node, with no lookups
/// by node id and no walking of the AST.
///
/// Nodes are immutable after planning (the only `var`s are set by the planner
/// before the tree is handed to a ``Program``), which is why they may be shared
/// across threads.
class Node: @unchecked Sendable {
    /// The id of the AST node this node evaluates (errors and traces name it).
    let id: ExprID

    init(id: ExprID) {
        self.id = id
    }

    func evaluate(_ state: inout EvaluationState) -> Value {
        .error(EvalError("internal error: node \(id) has no evaluation", exprID: id))
    }

    /// The value, when the node is a constant (used by the planner to fold and specialise).
    var constantValue: Value? { nil }

    /// The attribute this node reads, when it reads one whose path is known before evaluation.
    var attributePath: AttributePath? { nil }
}

/// A literal, or a value the planner computed ahead of time.
final class ConstantNode: Node, @unchecked Sendable {
    let value: Value

    init(id: ExprID, value: Value) {
        self.value = value
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value { value }

    override var constantValue: Value? { value }
}

/// Records the value of its inner node in the trace. Only the instrumented tree has these.
final class TraceNode: Node, @unchecked Sendable {
    let inner: Node

    init(_ inner: Node) {
        self.inner = inner
        super.init(id: inner.id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = inner.evaluate(&state)
        state.record(id, value)
        return value
    }

    override var constantValue: Value? { inner.constantValue }

    override var attributePath: AttributePath? { inner.attributePath }
}

extension Value {
    /// Attaches `id` to an error that has no location yet.
    @inline(__always)
    func located(at id: ExprID) -> Value {
        guard case .error(var error) = self, error.exprID == nil else { return self }
        error.exprID = id
        return .error(error)
    }
}

extension EvalError {
    static func costLimitExceeded(_ limit: Int) -> EvalError {
        EvalError("cost limit exceeded: the expression took more than \(limit) evaluation steps")
    }
}
