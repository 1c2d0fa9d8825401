import CEL
import Comply
import ComplyReports
import Foundation
import Testing

/// What `comply scan` keeps of each profile (`ScanEntry`), the rows it writes
/// (`ScanRecords`) and its summary page (`ScanHTMLReport`).
@Suite struct ScanReportTests {
    let report = ReportFixtures.report()

    private func entry(
        _ file: String, enterprise: String, verdict: String?, counts: [String: Int] = [:],
        failed: [ScanEntry.FailedCheck] = [], missing: [String] = [], problems: [String] = []
    ) -> ScanEntry {
        ScanEntry(
            file: file, enterprise: enterprise, verdict: verdict, counts: counts, domains: [:],
            failed: failed,
            missing: missing, problems: problems, fingerprint: "f")
    }

    @Test func anEntryCountsWhatFailedAndWhatWasMissing() throws {
        let entry = ScanEntry(report: report, fingerprint: "abc-12")
        #expect(entry.file == "Examples/profiles/mango.yaml")
        #expect(entry.verdict == "non_compliant")
        #expect(entry.count(.fail) == 2)
        #expect(entry.count(.notApplicable) == 12)
        #expect(
            entry.failed.map { "\($0.pack)/\($0.check)" } == [
                "vn.sps.cn-fresh-fruit/cn-packing-house", "asean.atiga/atiga-rvc",
            ])
        #expect(entry.failed.first?.title == "Title of cn-packing-house")
        #expect(entry.missing == ["products[].residue_tests"])
        #expect(entry.domains["sps"]?["fail"] == 1)
        #expect(entry.domains["fta"]?["fail"] == 1)

        let copy = try JSONDecoder().decode(ScanEntry.self, from: JSONEncoder().encode(entry))
        #expect(copy == entry)
    }

    @Test func thePlaceComesFromTheEnterprise() {
        func map(_ pairs: [(String, Value)]) -> Value {
            var map = MapValue()
            for (key, value) in pairs { map[.string(key)] = value }
            return .map(map)
        }
        let profile = map([
            ("enterprise", map([("province", .string("Sơn La")), ("district", .string("Mai Sơn"))]))
        ])
        #expect(ScanEntry.place(of: profile) == ("Sơn La", "Mai Sơn"))
        #expect(ScanEntry.place(of: map([("enterprise", map([("district", .string(""))]))])) == (nil, nil))
        #expect(ScanEntry.place(of: map([])) == (nil, nil))
    }

    @Test func positionsAreLeftOutOfMissingFacts() {
        #expect(ScanEntry.withoutPositions("products[0].exports[12].fta") == "products[].exports[].fta")
        #expect(ScanEntry.withoutPositions("enterprise.tax_code") == "enterprise.tax_code")
    }

    @Test func jsonLinesAreResultsWithTheirProfileAndWithoutNotApplicableOnes() throws {
        let lines = ScanRecords().jsonLines(report).split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["file"] as? String == "Examples/profiles/mango.yaml")
            #expect(object["enterprise"] as? String == "Hợp tác xã Xoài Yên Châu")
            #expect(object["explanation"] == nil)
            #expect(object["status"] as? String != "not_applicable")
        }
        #expect(lines.first?.hasPrefix("{\"file\": ") == true)
        #expect(
            ScanRecords(shown: Set(CheckStatus.allCases)).jsonLines(report).split(separator: "\n").count == 6)
    }

    @Test func csvRowsAreQuotedForSpreadsheets() {
        let rows = ScanRecords().csvRows(report)
        #expect(rows.split(separator: "\r\n").count == 5)
        #expect(rows.contains(",cn-residue,Title of cn-residue,products[0].exports[0],"))
        let tricky = entry(
            "a.yaml", enterprise: "=HYPERLINK(\"x\"), \"Ltd\"\nline two", verdict: "compliant",
            counts: ["pass": 3])
        #expect(
            ScanRecords.profileRow(tricky)
                == "a.yaml,\"'=HYPERLINK(\"\"x\"\"), \"\"Ltd\"\"\nline two\",,,compliant,yes,3,0,0,0,0,,,0\r\n"
        )
        #expect(
            ScanRecords.profilesHeader.hasPrefix(
                "file,enterprise,province,district,verdict,decoded,pass,fail"))
    }

    @Test func theSummaryPageCountsVerdictsAndListsWhatNeedsAttention() throws {
        let entries = [
            ScanEntry(report: report, fingerprint: "1"),
            entry(
                "b.yaml", enterprise: "<script>alert(1)</script>", verdict: "compliant", counts: ["pass": 4]),
            entry(
                "c.yaml", enterprise: "", verdict: nil,
                problems: ["c.yaml:2:1: error: did not find expected ','"]),
        ]
        let html = ScanHTMLReport(
            asOf: ReportFixtures.asOf, language: .en, packs: ["vn.sps.cn-fresh-fruit@1.2.0"]
        )
        .render(entries)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("3 profiles"))
        #expect(html.contains(">1 (33 %)</text>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("Title of cn-packing-house"))
        #expect(html.contains("<code>products[].residue_tests</code>"))
        #expect(html.contains("did not decode"))
        #expect(html.contains("c.yaml:2:1: error: did not find expected ','"))
        // Non-compliant profiles come first, compliant ones last.
        let first = try #require(html.range(of: "mango.yaml")?.lowerBound)
        let last = try #require(html.range(of: "<code>b.yaml</code>")?.lowerBound)
        #expect(first < last)
        #expect(html.contains("Guidance from the rule packs, not legal advice"))

        #expect(!html.contains("Verdicts by place"), "no profile gives a place")
        var placed = entries
        placed[0].district = "Yên Châu"
        placed[0].province = "Sơn La"
        let byPlace = ScanHTMLReport(asOf: ReportFixtures.asOf, language: .en, packs: []).render(placed)
        #expect(byPlace.contains("<h2>Verdicts by place</h2>"))
        #expect(byPlace.contains("<tr><td>Yên Châu, Sơn La</td><td class=\"n\">1</td>"))
        #expect(byPlace.contains("<tr><td>(not given)</td><td class=\"n\">2</td>"))

        let vietnamese = ScanHTMLReport(asOf: ReportFixtures.asOf, language: .vi, packs: []).render(entries)
        #expect(vietnamese.contains("<html lang=\"vi\">"))
        #expect(vietnamese.contains("Kết quả rà soát tuân thủ"))
        #expect(vietnamese.contains("không tuân thủ"))
    }
}
