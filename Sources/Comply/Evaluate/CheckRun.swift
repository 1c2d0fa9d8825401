import CEL

/// The evaluation of one pack's checks for one profile: expands subjects, evaluates each,
/// and collects results and counts.
struct CheckRun {
    let options: EvaluationOptions
    let pack: CompiledPack
    let asOf: CivilDate
    /// Profile fields, `profile`, `as_of` and `tables`.
    let base: [String: Value]
    let renderer: MessageRenderer
    private(set) var results: [CheckResult] = []
    private(set) var counts: [CheckStatus: Int] = [:]

    init(
        options: EvaluationOptions, pack: CompiledPack, asOf: CivilDate, base: [String: Value],
        renderer: MessageRenderer
    ) {
        self.options = options
        self.pack = pack
        self.asOf = asOf
        self.base = base
        self.renderer = renderer
    }

    /// A subject being built: the variables bound so far and the elements they hold.
    struct Frame {
        var variables: [String: Value]
        var subject: Subject
        /// Bound elements, innermost first, for placing plugin-reported paths.
        var elements: [(path: String, value: Value)]
        var labels: [String]
    }

    mutating func evaluate(_ check: CompiledCheck) {
        let root = Frame(variables: base, subject: .profile, elements: [], labels: [])
        guard check.check.isEffective(on: asOf) else {
            let message: String
            switch options.language {
            case .en: message = "Not in force on \(asOf)."
            case .vi: message = "Không có hiệu lực vào ngày \(asOf)."
            }
            record(result(check, root, status: .notApplicable, message: message))
            return
        }
        // A guard on a profile field (`enterprise.type == "fdi"`) decides for every subject.
        for guardTest in check.guards
        where base[guardTest.root] != nil && !check.bindingNames.contains(guardTest.root) {
            if let value = base[guardTest.root], !guardTest.admits(value) {
                skip(check, root)
                return
            }
        }
        expand(check, index: 0, frame: root)
    }

    private mutating func expand(_ check: CompiledCheck, index: Int, frame: Frame) {
        guard index < check.bindings.count else {
            evaluateSubject(check, frame)
            return
        }
        let binding = check.bindings[index]
        let listValue = binding.list.program.evaluate(
            Activation(frame.variables, missingFieldsAreUnknown: true))
        let items: [Value]
        switch listValue {
        case .list(let list):
            items = list
        case .unknown(let set):
            let missing = facts(frame).rewrite(set)
            record(
                result(
                    check, frame, status: .unknown,
                    message: message(check, .unknown, missing: missing, error: nil, activation: nil),
                    missing: missing))
            return
        case .error(let error):
            let text = "\(error.message) (in for_each \(binding.name): `\(binding.list.expression.text)`)"
            record(
                result(
                    check, frame, status: .error,
                    message: message(check, .error, missing: [], error: text, activation: nil),
                    error: text))
            return
        default:
            let text =
                "for_each \(binding.name) must be a list, but `\(binding.list.expression.text)` is \(listValue.typeName)"
            record(
                result(
                    check, frame, status: .error,
                    message: message(check, .error, missing: [], error: text, activation: nil),
                    error: text))
            return
        }
        let guards = check.guards.filter { $0.root == binding.name }
        let parentPath = binding.path.map { path in
            (frame.subject.bindings.last { $0.name == path.root }?.path ?? path.root)
                + path.fields.map { "." + $0 }.joined()
        }
        for (position, item) in items.enumerated() {
            let path = (parentPath ?? binding.list.expression.text) + "[\(position)]"
            var next = frame
            next.variables[binding.name] = item
            next.subject.bindings.append(Subject.Binding(name: binding.name, path: path))
            next.subject.path = path
            next.elements.insert((path, item), at: 0)
            if let label = Self.label(of: item) { next.labels.append(label) }
            next.subject.label = next.labels.joined(separator: " ")
            if guards.allSatisfy({ $0.admits(item) }) {
                expand(check, index: index + 1, frame: next)
            } else {
                skip(check, next)
            }
        }
    }

    /// A subject the guards exclude: not applicable, nothing evaluated.
    private mutating func skip(_ check: CompiledCheck, _ frame: Frame) {
        counts[.notApplicable, default: 0] += 1
        guard options.includeNotApplicable else { return }
        let text = renderer.defaultMessage(.notApplicable, title: check.check.title, missing: [], error: nil)
        results.append(result(check, frame, status: .notApplicable, message: text))
    }

    private mutating func evaluateSubject(_ check: CompiledCheck, _ frame: Frame) {
        var variables = frame.variables
        var letValues: [LetValue] = []
        let facts = facts(frame)
        func bind(_ lets: [CompiledLet]) {
            for named in lets {
                let value = named.value.program.evaluate(Activation(variables, missingFieldsAreUnknown: true))
                variables[named.name] = value
                if options.explain {
                    letValues.append(
                        LetValue(
                            name: named.name, label: named.label, expression: named.value.expression.text,
                            value: value))
                }
            }
        }
        bind(check.packLets)
        if check.whenReadsLets { bind(check.lets) }

        var explanation = Explanation()
        let evaluator = ConditionEvaluator(explain: options.explain, facts: facts)
        if let when = check.when {
            let activation = Activation(variables, missingFieldsAreUnknown: true)
            let outcome = evaluator.leaf(when, label: nil, path: [], activation: activation)
            explanation.when = outcome
            if outcome.outcome != .pass {
                let status: CheckStatus = outcome.outcome == .fail ? .notApplicable : outcome.outcome
                explanation.lets = letValues
                finish(
                    check, frame, status: status, node: outcome, explanation: explanation,
                    activation: activation)
                return
            }
        }
        if !check.whenReadsLets { bind(check.lets) }
        let activation = Activation(variables, missingFieldsAreUnknown: true)
        let outcome = evaluator.evaluate(check.condition, activation: activation)
        explanation.condition = outcome
        explanation.lets = letValues
        finish(
            check, frame, status: outcome.outcome, node: outcome, explanation: explanation,
            activation: activation)
    }

    private mutating func finish(
        _ check: CompiledCheck, _ frame: Frame, status: CheckStatus, node: ConditionExplanation,
        explanation: Explanation, activation: Activation
    ) {
        let missing = status == .unknown ? node.missing : []
        let error = status == .error ? (node.error ?? "the rule failed") : nil
        let text = message(check, status, missing: missing, error: error, activation: activation)
        var made = result(check, frame, status: status, message: text, missing: missing, error: error)
        made.explanation = options.explain ? explanation : nil
        record(made)
    }

    private mutating func record(_ result: CheckResult) {
        counts[result.status, default: 0] += 1
        if result.status == .notApplicable, !options.includeNotApplicable { return }
        results.append(result)
    }

    private func message(
        _ check: CompiledCheck, _ status: CheckStatus, missing: [String], error: String?,
        activation: Activation?
    ) -> String {
        if status != .error, let activation, let templates = check.messages[status],
            let template = templates[options.language] ?? templates[.en] ?? templates.values.first
        {
            return renderer.render(template, activation: activation)
        }
        return renderer.defaultMessage(status, title: check.check.title, missing: missing, error: error)
    }

    private func result(
        _ check: CompiledCheck, _ frame: Frame, status: CheckStatus, message: String, missing: [String] = [],
        error: String? = nil
    ) -> CheckResult {
        let written = check.check
        let citations = written.citations.map { citation in
            let source = pack.pack.source(citation.source)
            return ResolvedCitation(
                sourceID: citation.source, title: source?.title ?? LocalizedText(citation.source),
                article: citation.article, url: source?.url, document: source?.document, note: citation.note)
        }
        return CheckResult(
            packID: pack.id, packVersion: pack.version, domain: pack.pack.domain,
            jurisdiction: pack.pack.jurisdiction,
            checkID: written.id, title: written.title, subject: frame.subject, status: status,
            severity: written.severity, provisional: written.provisional || pack.pack.provisional,
            message: message,
            citations: citations, remediation: written.remediation, missing: missing, error: error,
            tags: written.tags)
    }

    private func facts(_ frame: Frame) -> MissingFacts {
        var paths: [String: String] = [:]
        for binding in frame.subject.bindings { paths[binding.name] = binding.path }
        return MissingFacts(
            bindingPaths: paths, elements: frame.elements, profileVariables: pack.profileVariables)
    }

    /// `Mango (080450)` for a product, `→ CN` for an export, the name for anything named.
    static func label(of value: Value) -> String? {
        guard case .map(let map) = value else { return nil }
        var parts: [String] = []
        if case .string(let name)? = map[.string("name")] {
            parts.append(name)
        } else if case .string(let id)? = map[.string("id")] {
            parts.append(id)
        } else if case .string(let material)? = map[.string("material")] {
            parts.append(material)
        } else if case .string(let substance)? = map[.string("substance")] {
            parts.append(substance)
        }
        if case .string(let code)? = map[.string("hs_code")] { parts.append("(\(code))") }
        if case .string(let market)? = map[.string("market")] {
            var text = "→ \(market)"
            if case .string(let fta)? = map[.string("fta")] { text += " (\(fta))" }
            parts.append(text)
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}

extension CompiledCheck {
    var bindingNames: Set<String> { Set(bindings.map(\.name)) }
}
