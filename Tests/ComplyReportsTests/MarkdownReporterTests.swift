import Comply
import ComplyReports
import Testing

@Suite struct MarkdownReporterTests {
    private func render(language: Language = .en) -> String {
        MarkdownReporter().render(ReportFixtures.set(language: language))
    }

    @Test func aHeadingWithTheVerdictThenTheSummary() {
        let output = render()
        #expect(output.hasPrefix("## Hợp tác xã Xoài Yên Châu: non_compliant\n"))
        #expect(
            output.contains(
                "**non_compliant: 2 failed (1 warning), 1 unknown, 1 error, 1 passed, 12 not applicable**"))
        #expect(output.contains("`vn.sps.cn-fresh-fruit@1.2.0`"))
    }

    @Test func oneTablePerSubject() {
        let output = render()
        #expect(output.components(separatedBy: "| | Check | Result | Details |").count == 4)
        #expect(output.contains("### Mango (080450) → CN (ACFTA) (`products[0].exports[0]`)"))
        #expect(output.contains("### Mango (080450) → TH (ATIGA) (`products[0].exports[1]`)"))
    }

    @Test func aFailureRowHasTheCitationLinkAndNextStep() throws {
        let row = try #require(render().split(separator: "\n").first { $0.contains("cn-packing-house") })
        #expect(
            row.hasPrefix(
                "| ✘ | Title of cn-packing-house<br><sub>Sanitary and phytosanitary (SPS) · provisional"))
        #expect(row.contains("| fail | The packing house has no GACC code."))
        #expect(
            row.contains("**Source:** [GACC Decree No. 248 (2021)](https://example.org/gacc-248), Art. 7"))
        #expect(row.contains("**Next step:** Apply to the Plant Protection Department."))
        #expect(row.hasSuffix(" |"))
    }

    @Test func everyRowHasFourCells() {
        let rows = render().split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| |") }
        #expect(rows.count == 5)
        for row in rows {
            var bars = 0
            var previous: Character = " "
            for character in row {
                if character == "|" && previous != "\\" { bars += 1 }
                previous = character
            }
            #expect(bars == 5, "\(row)")
        }
    }

    @Test func pipesInMessagesAreEscaped() {
        var report = ReportFixtures.report()
        report.results[0].message = "a | b\nc"
        let output = MarkdownReporter().render(report)
        #expect(output.contains("a \\| b<br>c"))
    }

    @Test func vietnamese() {
        let output = render(language: .vi)
        #expect(output.hasPrefix("## Hợp tác xã Xoài Yên Châu: không tuân thủ\n"))
        #expect(output.contains("| | Nội dung kiểm tra | Kết quả | Chi tiết |"))
        #expect(output.contains("**Việc cần làm:**"))
        #expect(output.contains("> **Lưu ý:** Chỉ để tham khảo."))
    }
}
