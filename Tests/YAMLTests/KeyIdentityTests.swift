import Testing
import YAML

/// Duplicate keys are found by what the key means, whatever shortcut the check takes.
struct KeyIdentityTests {
    let loader = YAMLLoader()

    private func duplicateLine(_ text: String) -> Int? {
        do {
            _ = try loader.load(text)
            return nil
        } catch {
            return error.kind == .duplicateKey ? error.line : nil
        }
    }

    @Test func canonicallyEquivalentKeysAreTheSameKey() {
        // "é" precomposed, then as "e" and a combining accent: different bytes, same text.
        #expect(duplicateLine("caf\u{E9}: 1\ncafe\u{301}: 2\n") == 2)
    }

    @Test func keysWithTheSameLengthAndEndsAreStillDifferent() {
        #expect(duplicateLine("abxd: 1\nacyd: 2\naxxd: 3\n") == nil)
    }

    @Test func quotedAndPlainWordsCollideButNumbersAndTheirTextDoNot() {
        #expect(duplicateLine("name: 1\n'name': 2\n") == 2)
        #expect(duplicateLine("1: a\n'1': b\n") == nil)
        #expect(duplicateLine("null: a\n~: b\n") == 2)
    }

    @Test func wordsThatStartLikeNullsOrBooleansAreStillResolvedOnlyWhenTheyAreOne() {
        #expect(duplicateLine("false: a\nFALSE: b\n") == 2)
        #expect(duplicateLine("false: a\n'false': b\n") == nil)
        #expect(duplicateLine("falsey: a\n'falsey': b\n") == 2)
        #expect(duplicateLine("Nulls: a\n\"Nulls\": b\n") == 2)
        #expect(duplicateLine("true: a\nTrue: b\nfalse: c\n") == 2)
        #expect(duplicateLine("0x1F: a\n31: b\n") == 2)
    }

    @Test func nestedMappingsKeepTheirOwnKeys() {
        let text = "a:\n  b: 1\n  c: 2\nb:\n  a: 1\n  c: 2\nc: 3\n"
        #expect(duplicateLine(text) == nil)
        #expect(duplicateLine(text + "a: 4\n") == 8)
    }

    @Test func aDuplicateIsFoundAcrossTheSwitchToAHashTable() {
        var text = ""
        for index in 0..<40 { text += "key\(index): \(index)\n" }
        #expect(duplicateLine(text) == nil)
        #expect(duplicateLine(text + "key3: again\n") == 41)
        #expect(duplicateLine(text + "key39: again\n") == 41)
        #expect(
            duplicateLine(
                "outer:\n" + text.split(separator: "\n").map { "  \($0)\n" }.joined() + "key3: top\n") == nil)
    }

    @Test func aMergeKeyIsNotADuplicateAndItsValueIsMerged() throws {
        let document = try #require(
            try loader.load("base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n  <<: {z: 3}\n").first)
        #expect(document["m"]?["x"]?.scalar?.text == "1")
        #expect(document["m"]?["z"]?.scalar?.text == "3")
        #expect(document["m"]?["y"]?.scalar?.text == "2")
    }
}
