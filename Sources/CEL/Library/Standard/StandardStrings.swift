extension StandardLibrary {
    /// `contains`, `startsWith`, `endsWith` and `matches` on strings. The tests
    /// compare code points (UTF-8 bytes), not Swift's canonically equivalent
    /// characters: `'e\u0301'.startsWith('e')` is `true` in CEL.
    static var strings: [Function] {
        [
            function(
                "contains",
                .binary { text, part in
                    stringTest("contains", text, part) { text, part in
                        part.isEmpty || text.utf8.firstRange(of: part.utf8) != nil
                    }
                },
                [Overload("contains_string", [.string, .string], .bool, member: true)]),
            function(
                "startsWith",
                .binary { text, prefix in
                    stringTest("startsWith", text, prefix) { $0.utf8.starts(with: $1.utf8) }
                },
                [Overload("starts_with_string", [.string, .string], .bool, member: true)]),
            function(
                "endsWith",
                .binary { text, suffix in
                    stringTest("endsWith", text, suffix) { text, suffix in
                        text.utf8.count >= suffix.utf8.count
                            && text.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
                    }
                },
                [Overload("ends_with_string", [.string, .string], .bool, member: true)]),
            function(
                "matches", .binary { matches($0, $1) },
                [
                    Overload("matches", [.string, .string], .bool),
                    Overload("matches_string", [.string, .string], .bool, member: true),
                ]),
        ]
    }

    private static func stringTest(
        _ name: String, _ lhs: Value, _ rhs: Value, _ test: (String, String) -> Bool
    ) -> Value {
        guard case .string(let text) = lhs, case .string(let argument) = rhs else {
            return .error(.noSuchOverload(name, [lhs, rhs]))
        }
        return .bool(test(text, argument))
    }

    /// Whether the pattern matches anywhere in the text (RE2 semantics: unanchored).
    ///
    /// Swift's `Regex` reads the RE2 syntax rule packs use (classes, groups,
    /// repetition, alternation, `\d`, `\pL`, `(?i)`); it is set to match Unicode
    /// scalars, as RE2 matches code points, rather than grapheme clusters.
    static func matches(_ text: Value, _ pattern: Value) -> Value {
        guard case .string(let subject) = text, case .string(let source) = pattern else {
            return .error(.noSuchOverload("matches", [text, pattern]))
        }
        let regex: Regex<AnyRegexOutput>
        do {
            regex = try Regex(source).matchingSemantics(.unicodeScalar)
        } catch {
            return .error(EvalError("invalid regular expression '\(source)': \(error)"))
        }
        return .bool(subject.firstMatch(of: regex) != nil)
    }
}
