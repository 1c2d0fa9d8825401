/// Checks that need the whole pack: ids unique across files, citations and test
/// expectations pointing at things that exist, names that do not hide one another.
enum PackValidation {
    static func validate(_ pack: RulePack, into bag: inout DiagnosticBag) {
        var firstCheck: [String: Check] = [:]
        for check in pack.checks {
            if let first = firstCheck[check.id] {
                bag.error(
                    check.idRange, "the check id \"\(check.id)\" is already used (first at \(first.idRange))",
                    hint: "check ids must be unique in a pack; rename one")
            } else {
                firstCheck[check.id] = check
            }
        }
        var firstTable: [String: Table] = [:]
        for table in pack.tables {
            if let first = firstTable[table.name] {
                bag.error(
                    table.nameRange,
                    "the table \"\(table.name)\" is already defined (first at \(first.nameRange))",
                    hint:
                        "a table declared in pack.yaml reads its file with file:; do not also name the file after it"
                )
            } else {
                firstTable[table.name] = table
            }
        }
        var firstSource: [String: SourceDocument] = [:]
        for source in pack.sources where firstSource[source.id] == nil { firstSource[source.id] = source }

        let sourceIDs = pack.sources.map(\.id)
        let packLets = Dictionary(pack.lets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for check in pack.checks {
            for citation in check.citations where firstSource[citation.source] == nil {
                bag.error(
                    citation.range,
                    "check \"\(check.id)\" cites the source \"\(citation.source)\", which the pack does not define",
                    hint: DidYouMean.hint(for: citation.source, among: sourceIDs)
                        ?? (sourceIDs.isEmpty
                            ? "add it under sources: with a title and url"
                            : "the pack's sources are \(sourceIDs.joined(separator: ", "))"))
            }
            for binding in check.forEach {
                if let packLet = packLets[binding.name] {
                    bag.error(
                        binding.nameRange,
                        "the for_each name \"\(binding.name)\" hides the pack-level let at \(packLet.nameRange)",
                        hint: "rename one of them")
                }
            }
            for named in check.lets {
                if let packLet = packLets[named.name] {
                    bag.error(
                        named.nameRange,
                        "the let \"\(named.name)\" hides the pack-level let at \(packLet.nameRange)",
                        hint: "rename one of them")
                }
            }
            if let packWindow = pack.effective, let window = check.effective {
                if let from = window.from, let end = packWindow.to, end < from {
                    bag.warning(
                        window.range,
                        "check \"\(check.id)\" starts (\(from)) after the pack ends (\(end)), so it never applies"
                    )
                } else if let to = window.to, let start = packWindow.from, to < start {
                    bag.warning(
                        window.range,
                        "check \"\(check.id)\" ends (\(to)) before the pack starts (\(start)), so it never applies"
                    )
                }
            }
        }

        let checkIDs = pack.checks.map(\.id)
        for test in pack.tests {
            for expectation in test.expectations where firstCheck[expectation.checkID] == nil {
                bag.error(
                    expectation.range,
                    "test \"\(test.name)\" expects a status of \"\(expectation.checkID)\", which is not a check of this pack",
                    hint: DidYouMean.hint(for: expectation.checkID, among: checkIDs)
                        ?? "the pack's checks are \(checkIDs.prefix(8).joined(separator: ", "))\(checkIDs.count > 8 ? ", …" : "")"
                )
            }
        }
        if pack.checks.isEmpty, !bag.hasErrors {
            bag.warning(pack.range, "the pack \"\(pack.id)\" has no checks")
        }
    }
}
