/// Everything one evaluation mutates: passed `inout` down the planned tree, so a
/// ``Program`` stays immutable and shareable across threads.
struct EvaluationState {
    let variables: [String: Value]
    /// Comprehension variables and cached variable lookups, by slot index. Lives
    /// on the stack of ``Program/evaluate(_:)`` for the duration of one call.
    let slots: UnsafeMutableBufferPointer<Value?>
    /// Steps charged so far (an upper bound of the nodes evaluated, see ``Program``).
    var cost: Int
    let costLimit: Int
    let maxComprehensionSize: Int
    let missingFieldsAreUnknown: Bool
    /// Parsed `Activation.unknownAttributes`; only the instrumented tree reads them.
    let unknownPatterns: [AttributePath]
    let tracing: Bool
    var trace: [ExprID: Value]

    init(
        activation: Activation, slots: UnsafeMutableBufferPointer<Value?>, options: ProgramOptions,
        unknownPatterns: [AttributePath], tracing: Bool
    ) {
        self.variables = activation.variables
        self.slots = slots
        self.cost = 0
        self.costLimit = options.costLimit
        self.maxComprehensionSize = options.maxComprehensionSize
        self.missingFieldsAreUnknown = activation.missingFieldsAreUnknown
        self.unknownPatterns = unknownPatterns
        self.tracing = tracing
        self.trace = [:]
    }

    var isOverBudget: Bool { cost > costLimit }

    /// Records a node's value when tracing; the instrumented tree calls it for every node.
    @inline(__always)
    mutating func record(_ id: ExprID, _ value: Value) {
        if tracing { trace[id] = value }
    }

    /// The unknown for `path` if an `unknownAttributes` pattern covers it.
    func unknown(at path: AttributePath, exprID: ExprID) -> Value? {
        for pattern in unknownPatterns where pattern.isPrefix(of: path) {
            return .unknown(UnknownSet(attributes: [path.description], exprIDs: [exprID]))
        }
        return nil
    }
}
