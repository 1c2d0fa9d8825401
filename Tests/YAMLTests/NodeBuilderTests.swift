import Testing
import YAML

@Suite struct NodeBuilderTests {
    let loader = YAMLLoader()

    @Test func aliasesCopyTheAnchoredNode() throws {
        let doc = try #require(try loader.load("base: &b {x: 1, y: [a, b]}\ncopy: *b\n").first)
        #expect(doc["copy"]?.kind == doc["base"]?.kind)
        #expect(doc["copy"]?.anchor == "b")
        #expect(doc["copy"]?["y"]?[1]?.scalar?.text == "b")
    }

    @Test func undefinedAndRecursiveAliasesAreErrors() throws {
        #expect {
            try loader.load("a: *nowhere\n")
        } throws: { ($0 as? YAMLError)?.kind == .undefinedAlias }
        #expect {
            try loader.load("a: &loop [1, *loop]\n")
        } throws: { ($0 as? YAMLError)?.kind == .recursiveAlias }
        #expect {
            try loader.load("a: &x 1\n---\nb: *x\n")
        } throws: { ($0 as? YAMLError)?.kind == .undefinedAlias }
    }

    @Test func billionLaughsFailsFast() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            let items = Array(repeating: previous, count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(items)]\n"
        }
        let clock = ContinuousClock()
        let start = clock.now
        #expect {
            try loader.load(text, file: "laughs.yaml")
        } throws: { error in
            let error = error as? YAMLError
            return error?.kind == .aliasBudgetExceeded && error?.hint?.contains("billion laughs") == true
        }
        #expect(clock.now - start < .seconds(1))
    }

    @Test func aModestAliasBudgetCanBeSet() throws {
        let tight = YAMLLoader(limits: .init(maxAliasExpansion: 5))
        #expect(try tight.load("a: &a [1, 2]\nb: *a\n").count == 1)
        #expect {
            try tight.load("a: &a [1, 2]\nb: *a\nc: *a\n")
        } throws: { ($0 as? YAMLError)?.kind == .aliasBudgetExceeded && ($0 as? YAMLError)?.line == 3 }
    }

    @Test func mergeKeysFillInMissingKeys() throws {
        let text = """
            defaults: &d {market: CN, fta: ACFTA, duty: 0}
            extra: &e {note: fresh, duty: 5}
            mango:
              <<: [*d, *e]
              duty: 2
              name: mango
            """
        let mango = try #require(try loader.load(text).first?["mango"])
        #expect(mango.mapping?.map { $0.key.scalar?.text } == ["market", "fta", "note", "duty", "name"])
        #expect(mango["duty"]?.resolvedScalar == .int(2))
        #expect(mango["market"]?.scalar?.text == "CN")
        #expect(mango["note"]?.scalar?.text == "fresh")
        #expect(mango["<<"] == nil)
    }

    @Test func aMergeOfAScalarIsAnError() throws {
        #expect {
            try loader.load("a: 1\nb:\n  <<: 1\n")
        } throws: { ($0 as? YAMLError)?.kind == .invalidMerge && ($0 as? YAMLError)?.line == 3 }
    }

    @Test func duplicateKeysNameBothLines() throws {
        #expect {
            try loader.load("enterprise:\n  name: A\n  tax_code: '1'\n  name: B\n", file: "profile.yaml")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .duplicateKey && error.line == 4 && error.column == 3
                && error.description.hasPrefix(
                    "profile.yaml:4:3: error: duplicate key \"name\" (first at line 2)")
                && error.description.contains("\n  hint: ")
        }
    }

    @Test func duplicatesAreFoundByValueAndInLargeMappings() throws {
        #expect {
            try loader.load("1: a\n0x1: b\n")
        } throws: { ($0 as? YAMLError)?.kind == .duplicateKey }
        #expect(try loader.load("1: a\n'1': b\n").first?.mapping?.count == 2)
        let many = (0..<40).map { "k\($0): \($0)\n" }.joined() + "k7: again\n"
        #expect {
            try loader.load(many)
        } throws: { ($0 as? YAMLError)?.message == "duplicate key \"k7\" (first at line 8)" }
    }

    @Test func nestingDeeperThanTheLimitIsAnError() throws {
        let shallow = YAMLLoader(limits: .init(maxDepth: 10))
        #expect(
            try shallow.load(String(repeating: "[", count: 10) + String(repeating: "]", count: 10)).count == 1
        )
        #expect {
            try shallow.load(String(repeating: "[", count: 11) + String(repeating: "]", count: 11))
        } throws: { ($0 as? YAMLError)?.kind == .depthLimitExceeded && ($0 as? YAMLError)?.column == 11 }
        #expect {
            try loader.load(String(repeating: "[", count: 100_000))
        } throws: { ($0 as? YAMLError)?.kind == .depthLimitExceeded }
    }
}
