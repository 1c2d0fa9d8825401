import Testing
import YAML

/// YAML 1.2 rules that libyaml lets through and the loader enforces.
@Suite struct SpecChecksTests {
    private func rejects(_ text: String, line: Int? = nil) -> Bool {
        do {
            _ = try YAMLLoader().load(text)
            return false
        } catch {
            return line == nil || error.line == line
        }
    }

    @Test func commentsNeedASpace() throws {
        #expect(rejects("key: \"value\"# comment\n", line: 1))
        #expect(rejects("list: [a, b]#comment\n"))
        #expect(rejects("list: [a,#comment\n  b]\n"))
        #expect(rejects("block: >#comment\n  text\n"))
        #expect(!rejects("key: \"value\" # comment\nlist: [a, # fine\n  b]\ntag: a#b\n"))
    }

    @Test func flowAndQuotedContinuationLinesMustBeIndented() throws {
        #expect(rejects("flow: [a,\nb]\n", line: 2))
        #expect(rejects("quoted: \"a\nb\"\n", line: 2))
        #expect(!rejects("flow: [a,\n  b]\nquoted: \"a\n  b\"\ntop: [a,\n b]\n"))
        #expect(!rejects("[a,\nb]\n"))
    }

    @Test func directivesNeedAnEndedDocumentBeforeThem() throws {
        #expect(rejects("a: 1\n%YAML 1.2\n---\nb: 2\n"))
        #expect(!rejects("a: 1\n...\n%YAML 1.2\n---\nb: 2\n"))
    }

    @Test func aLoneDashIsNotAFlowValue() throws {
        #expect(rejects("[-]\n"))
        #expect(!rejects("[\"-\", -1, a-b]\n"))
    }
}
