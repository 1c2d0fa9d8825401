/// Everything one evaluation mutates: passed `inout` down the planned tree, so a
/// ``Program`` stays immutable and shareable across threads. Kept small: the
/// fast path builds one per evaluation.
struct EvaluationState {
    let variables: [String: Value]
    /// Comprehension variables and cached variable lookups, by slot index. Lives
    /// on the stack of the evaluating call.
    let slots: UnsafeMutableBufferPointer<Value?>
    /// Steps charged so far (an upper bound of the nodes evaluated, see ``Program``).
    var cost: Int
    let costLimit: Int
    let maxComprehensionSize: Int
    let missingFieldsAreUnknown: Bool
    /// Unknown patterns and the trace; `nil` on the fast path.
    let instrumentation: Instrumentation?

    init(
        activation: Activation, slots: UnsafeMutableBufferPointer<Value?>, options: ProgramOptions,
        instrumentation: Instrumentation?
    ) {
        self.variables = activation.variables
        self.slots = slots
        self.cost = 0
        self.costLimit = options.costLimit
        self.maxComprehensionSize = options.maxComprehensionSize
        self.missingFieldsAreUnknown = activation.missingFieldsAreUnknown
        self.instrumentation = instrumentation
    }

    var isOverBudget: Bool { cost > costLimit }

    var tracing: Bool { instrumentation?.tracing ?? false }

    /// Records a node's value when tracing.
    @inline(__always)
    func record(_ id: ExprID, _ value: Value) {
        if let instrumentation, instrumentation.tracing { instrumentation.trace[id] = value }
    }

    /// The unknown for `path` if an `unknownAttributes` pattern covers it.
    func unknown(at path: AttributePath, exprID: ExprID) -> Value? {
        guard let instrumentation else { return nil }
        for pattern in instrumentation.unknownPatterns where pattern.isPrefix(of: path) {
            return .unknown(UnknownSet(attributes: [path.description], exprIDs: [exprID]))
        }
        return nil
    }
}

/// The per-evaluation state of the instrumented tree: parsed unknown patterns
/// and the trace being recorded. One per traced or partial evaluation, never shared.
final class Instrumentation {
    let unknownPatterns: [AttributePath]
    let tracing: Bool
    var trace: [ExprID: Value] = [:]

    init(unknownPatterns: [AttributePath], tracing: Bool) {
        self.unknownPatterns = unknownPatterns
        self.tracing = tracing
    }
}
