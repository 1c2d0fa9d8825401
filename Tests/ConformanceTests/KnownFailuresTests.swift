import Conformance
import Testing

@Suite struct KnownFailuresTests {
    private func report(_ files: [(String, Int, [String])]) -> CELSuiteReport {
        CELSuiteReport(
            files: files.map { name, total, failing in
                CELSuiteReport.File(
                    name: name, total: total,
                    failures: failing.map { CELSuiteReport.Failure(identity: $0, name: "s/n", reason: "why") }
                )
            })
    }

    @Test func entriesAreIdentitiesBeforeTheComment() {
        let list = KnownFailures(
            text: """
                # header comment

                basic.jsonl:3  # self_eval/x: got 1.0, want 1
                  lists.jsonl:10# no space
                """)
        #expect(list.identities == ["basic.jsonl:3", "lists.jsonl:10"])
    }

    @Test func anUnlistedFailureIsARegression() {
        let list = KnownFailures(identities: ["basic.jsonl:3"])
        let comparison = list.compare(with: report([("basic.jsonl", 5, ["basic.jsonl:3", "basic.jsonl:4"])]))
        #expect(comparison.regressions.map(\.identity) == ["basic.jsonl:4"])
        #expect(comparison.stale.isEmpty)
        #expect(!comparison.isClean)
    }

    @Test func aListedCaseThatPassesIsStaleOnlyIfItsFileRan() {
        let list = KnownFailures(identities: ["basic.jsonl:3", "lists.jsonl:9"])
        let comparison = list.compare(with: report([("basic.jsonl", 5, [])]))
        #expect(comparison.stale == ["basic.jsonl:3"])
        #expect(comparison.regressions.isEmpty)
    }

    @Test func writtenTextReadsBack() {
        let failures = [
            CELSuiteReport.Failure(identity: "fp_math.jsonl:7", name: "a/b", reason: "got 1, want 2")
        ]
        let text = KnownFailures.text(for: failures, header: "line one\nline two")
        #expect(text == "# line one\n# line two\nfp_math.jsonl:7  # a/b: got 1, want 2\n")
        #expect(KnownFailures(text: text).identities == ["fp_math.jsonl:7"])
    }

    @Test func reportLinesEndWithTheTotals() {
        let lines = report([("basic.jsonl", 4, ["basic.jsonl:2"]), ("lists.jsonl", 3, [])]).lines
        #expect(
            lines == [
                "basic.jsonl: 3/4", "  FAIL basic.jsonl:2 s/n: why", "lists.jsonl: 3/3", "6 passed, 1 failed",
            ])
    }
}
