import Testing

@testable import CEL

/// A small deterministic generator, so a failing input can be reproduced.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct ParserRobustnessTests {
    /// Fragments that, glued at random, reach most paths of the lexer and parser.
    private static let fragments = [
        "a", "b.c", ".", "?", ":", "(", ")", "[", "]", "{", "}", ",", "+", "-", "!", "&&", "||", "==", "in",
        "1", "0x1F", "2u", "1.5e3", ".5", "'s'", "\"\"\"t\"\"\"", "r'\\d'", "b'\\xff'", "'\\u00e9'", "'\\q",
        "`x-y`",
        "has(", "all(", ".exists(", "map(", "optMap(", "x", "Msg{", "?", "//c\n", "\u{0}", "é", " ", "'",
        "9223372036854775808", "-", "[?", ".?",
    ]

    @Test func randomInputNeverCrashesAndErrorsPointIntoTheText() {
        var generator = SplitMix64(state: 2026)
        for _ in 0..<3000 {
            let count = Int.random(in: 1...30, using: &generator)
            var text = ""
            for _ in 0..<count {
                text += Self.fragments.randomElement(using: &generator) ?? ""
            }
            let source = Source(text)
            do {
                let ast = try Parser(source: source, options: ParserOptions()).parse()
                #expect(ast.root.span.end <= source.scalars.count, "\(text)")
            } catch {
                #expect(!error.diagnostics.isEmpty, "\(text)")
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.span.start <= source.scalars.count, "\(text)")
                    #expect(diagnostic.span.end <= source.scalars.count, "\(text)")
                }
                #expect(!error.description.isEmpty)
            }
        }
    }

    @Test func largeFlatInputsParse() throws {
        let list = "[" + Array(repeating: "1", count: 20_000).joined(separator: ", ") + "]"
        let ast = try Parser(source: Source(list), options: ParserOptions()).parse()
        guard case .list(let elements, _) = ast.root.kind else {
            Issue.record("expected a list")
            return
        }
        #expect(elements.count == 20_000)
        let conjunction = Array(repeating: "x == 1", count: 5_000).joined(separator: " && ")
        #expect(throws: Never.self) {
            try Parser(source: Source(conjunction), options: ParserOptions()).parse()
        }
    }

    @Test func longChainsAreRefusedBeforeTheyGrowDeep() {
        for text in [
            Array(repeating: "1", count: 20_000).joined(separator: " + "),
            "x" + String(repeating: ".a", count: 20_000),
            String(repeating: "!", count: 20_000) + "x",
            "x" + String(repeating: "[0]", count: 20_000),
        ] {
            do {
                _ = try Parser(source: Source(text), options: ParserOptions()).parse()
                Issue.record("expected a depth error")
            } catch {
                #expect(error.diagnostics.count == 1)
                #expect(error.diagnostics.first?.message.contains("levels deep") == true)
            }
        }
    }
}
