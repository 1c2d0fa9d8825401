import YAML

extension DecodingContext {
    static let checkKeys = [
        "id", "title", "description", "for_each", "when", "let", "require", "severity", "provisional", "cite",
        "message", "remediation", "effective", "tags",
    ]
    static let messageKeys = CheckStatus.allCases.filter { $0 != .error }.map(\.rawValue)

    /// One check mapping; nil when it is too broken to keep (its problems are reported).
    mutating func check(_ node: Node) -> Check? {
        let errorsBefore = bag.diagnostics.count { $0.severity == .error }
        guard let reader = MappingReader(node, what: "a check", allowed: Self.checkKeys, context: &self)
        else {
            return nil
        }
        var id: String?
        if let idNode = reader.required(
            "id", context: &self, hint: "give the check a unique id, e.g. cn-fruit-growing-area-code")
        {
            id = itemID(idNode, "check id")
        }
        let what = id.map { "check \"\($0)\"" } ?? "the check"
        let title = reader.required("title", context: &self).flatMap {
            localizedText($0, "the title of \(what)")
        }
        let description = reader.value("description").flatMap {
            localizedText($0, "the description of \(what)")
        }
        let forEach = reader.value("for_each").map { forEachBindings($0) } ?? []
        let when = reader.value("when").flatMap { celExpression($0, "the when of \(what)") }
        let lets = reader.value("let").map { namedExpressions($0, "the lets of \(what)") } ?? []
        for binding in forEach {
            if let clash = lets.first(where: { $0.name == binding.name }) {
                error(
                    clash.nameRange,
                    "the let \"\(clash.name)\" hides the for_each name bound at \(binding.nameRange)",
                    hint: "rename one of them")
            }
        }
        let require = reader.required(
            "require", context: &self, hint: "write require: with the CEL condition the check tests"
        ).flatMap { condition($0, "the require of \(what)") }
        let severity =
            reader.value("severity").map { enumeration($0, "severity", as: Severity.self) } ?? .error
        let provisional = reader.value("provisional").map { bool($0, "provisional") } ?? false
        let citations = reader.value("cite").map { self.citations($0) } ?? []
        let messages = reader.value("message").map { self.messages($0, what) } ?? Messages()
        let remediation = reader.value("remediation").flatMap {
            localizedText($0, "the remediation of \(what)")
        }
        let effective = reader.value("effective").flatMap {
            effectiveWindow($0, "the effective window of \(what)")
        }
        let tags = reader.value("tags").flatMap { stringList($0, "tags") } ?? []

        let errorsAfter = bag.diagnostics.count { $0.severity == .error }
        guard errorsAfter == errorsBefore, let id, let idNode = reader.value("id"), let title, let require,
            let severity, let provisional
        else { return nil }
        return Check(
            id: id, idRange: idNode.range, title: title, description: description, forEach: forEach,
            when: when,
            lets: lets, require: require, severity: severity, provisional: provisional, citations: citations,
            messages: messages, remediation: remediation, effective: effective, tags: tags, range: node.range)
    }

    /// A lower-case id (`cn-fruit-growing-area-code`, `gacc-248`).
    mutating func itemID(_ node: Node, _ what: String) -> String? {
        guard let text = nonEmptyString(node, what) else { return nil }
        guard Identifiers.isItemID(text) else {
            error(
                node.range, "\"\(text)\" is not a valid \(what)",
                hint:
                    "use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, e.g. \"\(Self.suggestedID(text))\""
            )
            return nil
        }
        return text
    }

    static func suggestedID(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) || ".-_".contains(character) {
                result.append(character)
            } else if result.last != "-" {
                result.append("-")
            }
        }
        while let first = result.first, !(first.isLetter || first.isNumber) { result.removeFirst() }
        while let last = result.last, !(last.isLetter || last.isNumber) { result.removeLast() }
        return result.isEmpty ? "my-id" : result
    }

    /// `cite:` — a list of `{source, article, note}` or bare source ids; one alone may skip
    /// the list.
    mutating func citations(_ node: Node) -> [Citation] {
        let items = node.sequence ?? [node]
        var result: [Citation] = []
        for item in items {
            if item.scalar != nil {
                if let source = itemID(item, "source id") {
                    result.append(Citation(source: source, range: item.range))
                }
                continue
            }
            guard
                let reader = MappingReader(
                    item, what: "a citation", allowed: ["source", "article", "note"], context: &self),
                let sourceNode = reader.required(
                    "source", context: &self, hint: "name one of the pack's sources"),
                let source = itemID(sourceNode, "source id")
            else { continue }
            let article = reader.value("article").flatMap { localizedText($0, "the article of a citation") }
            let note = reader.value("note").flatMap { localizedText($0, "the note of a citation") }
            result.append(Citation(source: source, article: article, note: note, range: sourceNode.range))
        }
        return result
    }

    mutating func messages(_ node: Node, _ what: String) -> Messages {
        guard
            let reader = MappingReader(
                node, what: "the messages of \(what)", allowed: Self.messageKeys, context: &self)
        else { return Messages() }
        func text(_ key: String, _ context: inout DecodingContext) -> LocalizedText? {
            reader.value(key).flatMap { context.localizedText($0, "the \(key) message of \(what)") }
        }
        return Messages(
            pass: text("pass", &self), fail: text("fail", &self), unknown: text("unknown", &self),
            notApplicable: text("not_applicable", &self))
    }
}
