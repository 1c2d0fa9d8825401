import Comply
import ComplyReports
import Foundation
import Testing

@Suite struct JSONReporterTests {
    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func keyOrder(of text: Substring, keys: [String]) -> [String.Index] {
        keys.compactMap { text.range(of: "\"\($0)\":")?.lowerBound }
    }

    @Test func theDocumentHasTheDocumentedShape() throws {
        let document = try object(JSONReporter().render(ReportFixtures.set()))
        #expect(document["comply_version"] as? String == ComplyVersion.current)
        #expect(document["as_of"] as? String == "2026-06-01")
        #expect(document["language"] as? String == "en")
        let packs = try #require(document["packs"] as? [[String: Any]])
        #expect(packs.map { $0["id"] as? String } == ["vn.sps.cn-fresh-fruit", "asean.atiga", "vn.old"])
        #expect(packs[2]["in_force"] as? Bool == false)

        let profiles = try #require(document["profiles"] as? [[String: Any]])
        let profile = try #require(profiles.first)
        #expect(profile["file"] as? String == "Examples/profiles/mango.yaml")
        #expect(profile["enterprise"] as? String == "Hợp tác xã Xoài Yên Châu")
        #expect(profile["verdict"] as? String == "non_compliant")
        let summary = try #require(profile["summary"] as? [String: Int])
        #expect(
            summary == ["fail": 2, "unknown": 1, "error": 1, "pass": 1, "not_applicable": 12, "total": 17])
    }

    @Test func aResultCarriesEveryKey() throws {
        let document = try object(JSONReporter().render(ReportFixtures.set()))
        let profiles = try #require(document["profiles"] as? [[String: Any]])
        let results = try #require(profiles.first?["results"] as? [[String: Any]])
        #expect(results.count == 5, "not-applicable results are left out by default")
        let failed = try #require(results.first { $0["check"] as? String == "cn-packing-house" })
        #expect(
            Set(failed.keys) == [
                "pack", "pack_version", "check", "title", "subject", "domain", "jurisdiction", "status",
                "severity",
                "provisional", "message", "citations", "remediation", "missing", "error", "tags",
                "explanation",
            ])
        #expect(failed["pack"] as? String == "vn.sps.cn-fresh-fruit")
        #expect(failed["pack_version"] as? String == "1.2.0")
        #expect(failed["status"] as? String == "fail")
        #expect(failed["severity"] as? String == "error")
        #expect(failed["provisional"] as? Bool == true)
        #expect(failed["remediation"] as? String == "Apply to the Plant Protection Department.")
        #expect(failed["explanation"] is NSNull)
        #expect(failed["error"] is NSNull)
        let subject = try #require(failed["subject"] as? [String: String])
        #expect(subject == ["path": "products[0].exports[0]", "label": "Mango (080450) → CN (ACFTA)"])
        let citation = try #require((failed["citations"] as? [[String: Any]])?.first)
        #expect(citation["source"] as? String == "gacc-248")
        #expect(citation["article"] as? String == "Art. 7")
        #expect(citation["url"] as? String == "https://example.org/gacc-248")
        let unknown = try #require(results.first { $0["status"] as? String == "unknown" })
        #expect(unknown["missing"] as? [String] == ["products[0].residue_tests"])
    }

    @Test func keysAreWrittenInTheDocumentedOrder() throws {
        let text = JSONReporter().render(ReportFixtures.set())
        let top = keyOrder(of: text[...], keys: ["comply_version", "as_of", "language", "packs", "profiles"])
        #expect(top.count == 5 && top == top.sorted())
        let resultStart = try #require(text.range(of: "\"results\":")).upperBound
        let result = text[resultStart...]
        let keys = [
            "pack", "pack_version", "check", "title", "subject", "domain", "jurisdiction", "status",
            "severity",
            "provisional", "message", "citations", "remediation", "missing", "error", "tags", "explanation",
        ]
        let positions = keyOrder(of: result, keys: keys)
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func theOutputIsTheSameEveryRun() {
        let first = JSONReporter().render(ReportFixtures.set())
        for _ in 0..<5 { #expect(JSONReporter().render(ReportFixtures.set()) == first) }
    }

    @Test func explainAddsTheTreeWithExactGaps() throws {
        let text = JSONReporter(options: ReportOptions(explain: true)).render(ReportFixtures.set())
        let document = try object(text)
        let profiles = try #require(document["profiles"] as? [[String: Any]])
        let results = try #require(profiles.first?["results"] as? [[String: Any]])
        let rvc = try #require(results.first { $0["check"] as? String == "atiga-rvc" })
        let explanation = try #require(rvc["explanation"] as? [String: Any])
        let when = try #require(explanation["when"] as? [String: Any])
        #expect(when["outcome"] as? String == "pass")
        let condition = try #require(explanation["condition"] as? [String: Any])
        #expect(condition["kind"] as? String == "all")
        let children = try #require(condition["children"] as? [[String: Any]])
        #expect(children.count == 2)
        #expect(children[1]["label"] as? String == "RVC reaches 40 %")
        let gap = try #require((children[1]["gaps"] as? [[String: Any]])?.first)
        #expect(gap["relation"] as? String == ">=")
        #expect(gap["text"] as? String == "35.2 is 4.8 below the threshold 40")
        #expect(text.contains("\"gap\": 4.8"))
        #expect(text.contains("\"value\": 35.2"))
        let values = try #require(children[1]["values"] as? [[String: String]])
        #expect(values == [["text": "rvc", "value": "35.2"]])
        let lets = try #require(explanation["lets"] as? [[String: Any]])
        #expect(lets.first?["name"] as? String == "rvc")
    }

    @Test func showAllKeepsNotApplicableResults() throws {
        let options = ReportOptions(shown: Set(CheckStatus.allCases))
        let document = try object(JSONReporter(options: options).render(ReportFixtures.set()))
        let profiles = try #require(document["profiles"] as? [[String: Any]])
        let results = try #require(profiles.first?["results"] as? [[String: Any]])
        #expect(results.contains { $0["status"] as? String == "not_applicable" })
    }

    @Test func vietnameseStringsAreInVietnamese() throws {
        let document = try object(JSONReporter().render(ReportFixtures.set(language: .vi)))
        #expect(document["language"] as? String == "vi")
        let profiles = try #require(document["profiles"] as? [[String: Any]])
        let results = try #require(profiles.first?["results"] as? [[String: Any]])
        #expect(results.first?["title"] as? String == "Tiêu đề cn-growing-area")
        // Machine words stay English whatever the language.
        #expect(profiles.first?["verdict"] as? String == "non_compliant")
        #expect(results.first?["status"] as? String == "pass")
    }

    @Test func compactOutputIsOneLine() {
        let text = JSONReporter(pretty: false).render(ReportFixtures.set())
        #expect(text.filter { $0 == "\n" }.count == 1)
        #expect(text.hasSuffix("}\n"))
    }

    @Test func stringsAreEscaped() {
        let value = JSONValue.object([("a\"b", .string("line\nbreak\t\u{1}\\"))])
        #expect(value.text(pretty: false) == #"{"a\"b": "line\nbreak\t\u0001\\"}"#)
    }
}
