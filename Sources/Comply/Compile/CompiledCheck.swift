/// One check ready to evaluate: its bindings, guards, lets, condition tree and message
/// templates, all compiled against the pack's environment.
public struct CompiledCheck: Sendable {
    /// The check as written (title, severity, citations, remediation, window, tags).
    public let check: Check
    public let bindings: [CompiledBinding]
    public let when: CompiledExpression?
    /// Constant comparisons found in `when`, tested before anything is evaluated.
    public let guards: [CheckGuard]
    /// The pack-level lets this check uses (directly or through other lets), in pack order.
    public let packLets: [CompiledLet]
    public let lets: [CompiledLet]
    public let condition: CompiledCondition
    /// Templates by outcome and language.
    public let messages: [CheckStatus: [Language: MessageTemplate]]
    /// `when` reads one of the check's own lets, so they are computed before it.
    public let whenReadsLets: Bool

    public var id: String { check.id }

    /// The markets a guard restricts the check to (`export.market == "CN"` gives `["CN"]`),
    /// or nil when it applies to any market.
    public var markets: Set<String>? {
        let sets = guards.filter { $0.field == "market" }.map(\.allowed)
        guard let first = sets.first else { return nil }
        return sets.dropFirst().reduce(first) { $0.intersection($1) }
    }

    init(
        check: Check, bindings: [CompiledBinding], when: CompiledExpression?, guards: [CheckGuard],
        packLets: [CompiledLet], lets: [CompiledLet], condition: CompiledCondition,
        messages: [CheckStatus: [Language: MessageTemplate]]
    ) {
        let letNames = Set(lets.map(\.name))
        self.whenReadsLets =
            when.map { !ExpressionWalk.identifiers($0.ast.root).isDisjoint(with: letNames) } ?? false
        self.check = check
        self.bindings = bindings
        self.when = when
        self.guards = guards
        self.packLets = packLets
        self.lets = lets
        self.condition = condition
        self.messages = messages
    }
}
