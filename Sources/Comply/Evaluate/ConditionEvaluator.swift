import CEL

/// Evaluates a condition tree for one subject with CEL's three-valued logic, and explains
/// each node.
///
/// - `all`: fail if any child fails, else error if any errs, else unknown if any is
///   unknown, else pass.
/// - `any`: pass if any child passes, else error, else unknown, else fail.
/// - `not`: swaps pass and fail; unknown and error stay.
///
/// Every child is evaluated (no short-circuit), so that a result lists every missing
/// fact and every failed condition at once.
struct ConditionEvaluator {
    let explain: Bool
    let facts: MissingFacts

    func evaluate(_ condition: CompiledCondition, activation: Activation) -> ConditionExplanation {
        switch condition {
        case .expression(let compiled, let label, let path):
            return leaf(compiled, label: label, path: path, activation: activation)
        case .all(let items, let label, let path):
            let children = items.map { evaluate($0, activation: activation) }
            return combine(.all, children, label: label, path: path, order: [.fail, .error, .unknown, .pass])
        case .any(let items, let label, let path):
            let children = items.map { evaluate($0, activation: activation) }
            return combine(.any, children, label: label, path: path, order: [.pass, .error, .unknown, .fail])
        case .not(let item, let label, let path):
            let child = evaluate(item, activation: activation)
            let outcome: CheckStatus
            switch child.outcome {
            case .pass: outcome = .fail
            case .fail: outcome = .pass
            default: outcome = child.outcome
            }
            return ConditionExplanation(
                kind: .not, path: path, label: label, outcome: outcome, missing: child.missing,
                error: child.error,
                children: [child])
        }
    }

    /// The first status of `order` that a child has decides; an empty `all` passes and an
    /// empty `any` fails, as in logic.
    private func combine(
        _ kind: ConditionExplanation.Kind, _ children: [ConditionExplanation], label: LocalizedText?,
        path: Condition.Path, order: [CheckStatus]
    ) -> ConditionExplanation {
        let present = Set(children.map(\.outcome))
        let outcome = order.first { present.contains($0) } ?? (kind == .all ? .pass : .fail)
        let missing = outcome == .unknown ? Array(Set(children.flatMap(\.missing))).sorted() : []
        let error = outcome == .error ? children.first { $0.outcome == .error }?.error : nil
        return ConditionExplanation(
            kind: kind, path: path, label: label, outcome: outcome, missing: missing, error: error,
            children: children)
    }

    /// One CEL expression: its outcome, and when explaining, the values of its
    /// sub-expressions and the gaps of its failed numeric comparisons.
    func leaf(
        _ compiled: CompiledExpression, label: LocalizedText?, path: Condition.Path, activation: Activation
    ) -> ConditionExplanation {
        let evaluation: Evaluation
        if explain {
            evaluation = compiled.program.evaluate(activation, trace: true)
        } else {
            evaluation = Evaluation(value: compiled.program.evaluate(activation), trace: [:], cost: 0)
        }
        var node = ConditionExplanation(
            kind: .expression, path: path, label: label, expression: compiled.expression.text,
            outcome: .error,
            value: evaluation.value.description)
        switch evaluation.value {
        case .bool(let holds):
            node.outcome = holds ? .pass : .fail
        case .unknown(let set):
            node.outcome = .unknown
            node.missing = facts.rewrite(set)
        case .error(let error):
            node.error = "\(error.message) (in `\(compiled.expression.text)`)"
        default:
            node.error =
                "the condition `\(compiled.expression.text)` gave \(evaluation.value.typeName) \(evaluation.value), not true or false"
        }
        if explain {
            let trace = PowerAssert(ast: compiled.ast, trace: evaluation.trace)
            node.values = trace.observedValues()
            if node.outcome == .fail { node.gaps = trace.gaps() }
        }
        return node
    }
}
