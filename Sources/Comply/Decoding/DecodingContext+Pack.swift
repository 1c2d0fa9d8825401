import YAML

extension DecodingContext {
    /// The pack mapping of a single-file pack or of a folder's `pack.yaml`.
    ///
    /// Returns the best pack it can build (missing metadata filled with placeholders, broken
    /// elements left out) as long as the pack has an id; the diagnostics say what is wrong.
    mutating func pack(_ node: Node, decoder: PackDecoder) -> RulePack? {
        guard
            let reader = MappingReader(node, what: "the pack", allowed: PackDecoder.packKeys, context: &self)
        else {
            return nil
        }
        let idNode = reader.required(
            "pack", context: &self, hint: "name the pack, e.g. pack: vn.sps.cn-fresh-fruit")
        let id = idNode.flatMap { packID($0) }
        let version = reader.required(
            "version", context: &self, hint: "write a semantic version, e.g. version: 1.0.0"
        )
        .flatMap { semanticVersion($0) }
        let title = reader.required("title", context: &self).flatMap {
            localizedText($0, "the title of the pack")
        }
        let description = reader.value("description").flatMap {
            localizedText($0, "the description of the pack")
        }
        let domain = reader.required(
            "domain", context: &self,
            hint: "one of: \(Domain.allCases.map(\.rawValue).joined(separator: ", "))"
        ).flatMap { enumeration($0, "domain", as: Domain.self) }
        let jurisdiction = reader.value("jurisdiction").flatMap { self.jurisdiction($0) }
        let effective = reader.value("effective").flatMap {
            effectiveWindow($0, "the effective window of the pack")
        }
        let reviewed = reader.value("reviewed").flatMap { date($0, "reviewed") }
        let provisional = reader.value("provisional").flatMap { bool($0, "provisional") } ?? false
        let disclaimer = reader.required(
            "disclaimer", context: &self, hint: "say that the pack is guidance, not legal advice"
        ).flatMap { localizedText($0, "the disclaimer") }
        let plugins = reader.value("requires").map { pluginRequirements($0) } ?? []
        let sources = reader.value("sources").map { sourceDocuments($0) } ?? []
        let tables = reader.value("tables").map { self.tables($0, readFile: decoder.readFile) } ?? []
        let lets = reader.value("let").map { namedExpressions($0, "the pack's lets") } ?? []
        let checks = reader.value("checks").map { self.checks($0) } ?? []
        let tests = reader.value("tests").map { packTests($0) } ?? []
        let tags = reader.value("tags").flatMap { stringList($0, "tags") } ?? []
        var schema: Node?
        if let schemaNode = reader.value("schema") {
            if schemaNode.mapping != nil {
                schema = schemaNode
            } else {
                error(
                    schemaNode.range,
                    "expected schema as a mapping (a JSON Schema in YAML), found \(schemaNode.kindDescription)"
                )
            }
        }
        guard let id, let idNode else { return nil }
        return RulePack(
            id: id, version: version ?? SemanticVersion(major: 0, minor: 0, patch: 0),
            title: title ?? LocalizedText(id, range: idNode.range), description: description,
            domain: domain ?? .other, jurisdiction: jurisdiction, effective: effective, reviewed: reviewed,
            provisional: provisional, disclaimer: disclaimer ?? LocalizedText("", range: node.range),
            plugins: plugins,
            sources: sources, tables: tables, lets: lets, checks: checks, tests: tests, tags: tags,
            schemaExtension: schema, file: file, range: node.range)
    }

    /// `checks:` — a sequence of checks.
    mutating func checks(_ node: Node) -> [Check] {
        guard let items = node.sequence else {
            error(
                node.range, "expected checks as a sequence, found \(node.kindDescription)",
                hint: "write each check as a `- id: ...` item")
            return []
        }
        return items.compactMap { check($0) }
    }

    mutating func packID(_ node: Node) -> String? {
        guard let text = nonEmptyString(node, "the pack id") else { return nil }
        guard Identifiers.isPackID(text) else {
            error(
                node.range, "\"\(text)\" is not a valid pack id",
                hint:
                    "use lower-case letters, digits, '.' and '-', e.g. \"\(Self.suggestedID(text).replacingUnderscores)\""
            )
            return nil
        }
        return text
    }

    mutating func semanticVersion(_ node: Node) -> SemanticVersion? {
        guard let text = string(node, "the version") else { return nil }
        guard let version = SemanticVersion(text) else {
            let parts = text.split(separator: ".").count
            error(
                node.range, "\"\(text)\" is not a semantic version",
                hint: parts < 3 && !text.isEmpty
                    ? "write three numbers, e.g. \(text)\(parts == 2 ? ".0" : ".0.0")"
                    : "write MAJOR.MINOR.PATCH, e.g. 1.0.0")
            return nil
        }
        return version
    }

    /// An ISO 3166 alpha-2 code or a group name in capitals (`CN`, `EU`, `ASEAN`).
    mutating func jurisdiction(_ node: Node) -> String? {
        guard let text = nonEmptyString(node, "the jurisdiction") else { return nil }
        let valid =
            text.count >= 2
            && text.unicodeScalars.allSatisfy {
                ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
        guard valid else {
            error(
                node.range, "\"\(text)\" is not a jurisdiction code",
                hint:
                    "use an ISO country code or a group in capitals, e.g. \(text.uppercased().count >= 2 ? text.uppercased() : "CN")"
            )
            return nil
        }
        return text
    }
}

extension String {
    fileprivate var replacingUnderscores: String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
