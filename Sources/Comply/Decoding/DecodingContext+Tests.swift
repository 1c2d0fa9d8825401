import YAML

extension DecodingContext {
    static let testKeys = ["name", "profile", "as_of", "expect"]

    /// `tests:` — a sequence of tests.
    mutating func packTests(_ node: Node) -> [PackTest] {
        guard let items = node.sequence else {
            error(
                node.range, "expected tests as a sequence, found \(node.kindDescription)",
                hint: "write each test as a `- name: ...` item")
            return []
        }
        return items.compactMap { packTest($0) }
    }

    mutating func packTest(_ node: Node) -> PackTest? {
        guard let reader = MappingReader(node, what: "a test", allowed: Self.testKeys, context: &self) else {
            return nil
        }
        let name = reader.required("name", context: &self, hint: "say what the test shows").flatMap {
            nonEmptyString($0, "the name of a test")
        }
        let what = name.map { "test \"\($0)\"" } ?? "the test"
        var profile: PackTest.Profile?
        if let profileNode = reader.required(
            "profile", context: &self,
            hint: "give a profile file (relative to this file) or an inline mapping")
        {
            switch profileNode.kind {
            case .mapping: profile = .inline(profileNode)
            case .scalar:
                if let path = nonEmptyString(profileNode, "the profile of \(what)") {
                    profile = .file(
                        path: path, resolvedPath: PathText.join(directory, path), range: profileNode.range)
                }
            case .sequence:
                error(
                    profileNode.range,
                    "expected the profile of \(what) as a file path or a mapping, found a sequence")
            }
        }
        let asOf = reader.value("as_of").flatMap { date($0, "as_of of \(what)") }
        let expectations = reader.required(
            "expect", context: &self,
            hint: "map check ids to the status they must reach, e.g. {my-check: pass}"
        ).map { self.expectations($0, what) }
        guard let name, let profile, let expectations else { return nil }
        return PackTest(
            name: name, profile: profile, asOf: asOf, expectations: expectations, range: node.range)
    }

    static func bracketsBalance(_ text: Substring) -> Bool {
        var depth = 0
        for character in text {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }

    /// `expect:` — check id (optionally `id[subject.path]`) to status.
    mutating func expectations(_ node: Node, _ what: String) -> [PackTest.Expectation] {
        guard let entries = node.mapping else {
            error(
                node.range,
                "expected the expectations of \(what) as a mapping of check ids to statuses, found \(node.kindDescription)",
                hint: "write e.g. expect: {cn-fruit-growing-area-code: pass}")
            return []
        }
        var result: [PackTest.Expectation] = []
        for entry in entries {
            guard let key = string(entry.key, "a check id in \(what)") else { continue }
            var checkID = key
            var subject: String?
            if let open = key.firstIndex(of: "[") {
                guard key.hasSuffix("]"), key.index(after: open) < key.index(before: key.endIndex),
                    Self.bracketsBalance(key[open...])
                else {
                    error(
                        entry.key.range, "\"\(key)\" is not a check id with a subject",
                        hint: "write check-id[path], e.g. \"my-check[products[0].exports[1]]\"")
                    continue
                }
                checkID = String(key[..<open])
                subject = String(key[key.index(after: open)..<key.index(before: key.endIndex)])
            }
            guard Identifiers.isItemID(checkID) else {
                error(
                    entry.key.range, "\"\(checkID)\" is not a valid check id in \(what)",
                    hint: "use the id of one of the pack's checks")
                continue
            }
            guard let status = enumeration(entry.value, "status", as: CheckStatus.self) else { continue }
            result.append(
                PackTest.Expectation(
                    checkID: checkID, subject: subject, status: status, range: entry.key.range))
        }
        return result
    }
}
