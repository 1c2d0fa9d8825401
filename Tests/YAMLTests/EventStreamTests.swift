import Testing
import YAML

@Suite struct EventStreamTests {
    @Test func syntaxErrorsAreLocatedWithContextAndHint() throws {
        #expect {
            try YAMLLoader().load("name: a\n  bad: b\n", file: "broken.yaml")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .syntax && error.line == 2 && error.column == 6
                && error.message == "mapping values are not allowed in this context" && error.hint != nil
        }
        #expect {
            try YAMLLoader().load("key: \"open\n", file: "q.yaml")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.kind == .syntax
                && error.message.contains("while scanning a quoted scalar at line 1, column 6")
        }
    }

    @Test func invalidUTF8IsAnEncodingErrorWithItsPosition() {
        let bytes: [UInt8] = Array("ok: 1\nbad: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect {
            try YAMLLoader().load(bytes: bytes, file: "latin1.yaml")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            // libyaml points at the byte that breaks the sequence: 0x28 after the lead byte 0xC3.
            return error.kind == .encoding && error.line == 2 && error.column == 7 && error.hint != nil
                && error.message.contains("byte 0x28")
        }
    }

    @Test func controlCharactersAreRejected() throws {
        #expect {
            try YAMLLoader().load(bytes: Array("a: b\u{0}c\n".utf8), file: "nul.yaml")
        } throws: { ($0 as? YAMLError)?.kind == .encoding }
    }

    @Test func utf16WithAByteOrderMarkLoads() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "k: v\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let doc = try #require(try YAMLLoader().load(bytes: bytes, file: "utf16.yaml").first)
        #expect(doc["k"]?.scalar?.text == "v")
        #expect(doc["k"]?.range.start.offset == 2 + 3 * 2)
    }

    @Test func garbageNeverCrashes() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("[]{}:,-?|>&*!#'\"\n \t%@`abc1".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<60, using: &generator)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            _ = try? YAMLLoader().load(bytes: bytes, file: "fuzz.yaml")
        }
    }
}
