import YAML

/// Readers for the scalar shapes packs use. Each reports a located diagnostic and returns
/// nil when the node does not fit, so the caller carries on with the rest of the pack.
extension DecodingContext {
    static let languageAliases: [String: Language] = [
        "vn": .vi, "vie": .vi, "vietnamese": .vi, "tieng-viet": .vi, "gb": .en, "us": .en, "eng": .en,
        "english": .en,
    ]

    /// Any non-null scalar, as written (`080450` stays `"080450"`).
    mutating func string(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            error(node.range, "expected \(what) as a string, found \(node.kindDescription)")
            return nil
        }
        guard !node.isNull else {
            error(node.range, "\(what) has no value")
            return nil
        }
        return scalar.text
    }

    /// A string that must not be empty or only spaces.
    mutating func nonEmptyString(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            error(node.range, "\(what) is empty")
            return nil
        }
        return text
    }

    mutating func bool(_ node: Node, _ what: String) -> Bool? {
        if case .bool(let flag) = node.resolvedScalar { return flag }
        error(
            node.range, "expected \(what) as true or false, found \(node.kindDescription)",
            hint: node.scalar.map { _ in "write true or false, unquoted" })
        return nil
    }

    mutating func date(_ node: Node, _ what: String) -> CivilDate? {
        guard let text = string(node, what) else { return nil }
        guard let date = CivilDate(text) else {
            error(
                node.range, "\"\(text)\" is not a valid date for \(what)",
                hint: "write dates as YYYY-MM-DD, e.g. 2026-06-01")
            return nil
        }
        return date
    }

    /// A plain string (English) or a mapping of language codes to text, with English
    /// required so that every language has a fallback.
    mutating func localizedText(_ node: Node, _ what: String) -> LocalizedText? {
        switch node.kind {
        case .scalar:
            guard let text = nonEmptyString(node, what) else { return nil }
            return LocalizedText(text, range: node.range)
        case .sequence:
            error(
                node.range,
                "expected \(what) as a string or a mapping of language codes to text, found a sequence",
                hint: "write one text, or {en: \"...\", vi: \"...\"}")
            return nil
        case .mapping(let entries):
            var translations: [Language: String] = [:]
            let codes = Language.allCases.map(\.rawValue)
            for entry in entries {
                guard let code = entry.key.scalar?.text, let language = Language(rawValue: code) else {
                    let key = entry.key.scalar?.text ?? ""
                    // Country codes and language names are the usual slips (VN is the
                    // country, vi the language).
                    let alias = Self.languageAliases[key.lowercased()].map {
                        "did you mean \"\($0.rawValue)\"?"
                    }
                    error(
                        entry.key.range, "unknown language \"\(key)\" in \(what)",
                        hint: alias ?? DidYouMean.hint(for: key, among: codes)
                            ?? "texts may be given in: \(codes.joined(separator: ", "))")
                    continue
                }
                if let text = nonEmptyString(entry.value, "the \(code) text of \(what)") {
                    translations[language] = text
                }
            }
            guard translations[.en] != nil else {
                if !entries.isEmpty,
                    entries.allSatisfy({ Language(rawValue: $0.key.scalar?.text ?? "") != nil })
                {
                    error(
                        node.range, "\(what) has no English text",
                        hint: "add an en: text; English is shown when a translation is missing")
                } else if entries.isEmpty {
                    error(node.range, "\(what) is empty", hint: "write {en: \"...\", vi: \"...\"}")
                }
                return nil
            }
            return LocalizedText(translations: translations, range: node.range)
        }
    }

    /// One of an enumeration's raw values, with a suggestion for a near miss.
    mutating func enumeration<E: RawRepresentable & CaseIterable>(
        _ node: Node, _ what: String, as type: E.Type
    ) -> E? where E.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        error(
            node.range, "unknown \(what) \"\(text)\"",
            hint: DidYouMean.hint(for: text, among: allowed)
                ?? "use one of: \(allowed.joined(separator: ", "))")
        return nil
    }

    /// A sequence of strings (`tags: [china, fruit]`).
    mutating func stringList(_ node: Node, _ what: String) -> [String]? {
        guard let items = node.sequence else {
            error(
                node.range, "expected \(what) as a sequence, found \(node.kindDescription)",
                hint: node.scalar != nil ? "write [\(node.scalar?.text ?? "")]" : nil)
            return nil
        }
        return items.compactMap { string($0, "an item of \(what)") }
    }

    /// An inclusive window of days: `{from: 2022-01-01, to: 2030-12-31}`, both optional.
    mutating func effectiveWindow(_ node: Node, _ what: String) -> EffectiveWindow? {
        guard let reader = MappingReader(node, what: what, allowed: ["from", "to"], context: &self) else {
            return nil
        }
        let from = reader.value("from").flatMap { date($0, "the start of \(what)") }
        let to = reader.value("to").flatMap { date($0, "the end of \(what)") }
        if let from, let to, to < from {
            error(
                reader.value("to")?.range ?? node.range, "\(what) ends (\(to)) before it starts (\(from))",
                hint: "both ends are inclusive; swap them or fix the year")
            return nil
        }
        return EffectiveWindow(from: from, to: to, range: node.range)
    }
}
