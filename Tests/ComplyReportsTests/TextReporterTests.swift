import Comply
import ComplyReports
import Testing

@Suite struct TextReporterTests {
    private func render(
        language: Language = .en, options: ReportOptions = ReportOptions()
    ) -> String {
        TextReporter(options: options).render(ReportFixtures.report(language: language))
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func headerNamesTheEnterpriseFileDateAndPacks() {
        let output = lines(render())
        #expect(output[0] == "Hợp tác xã Xoài Yên Châu  (Examples/profiles/mango.yaml)")
        #expect(
            output[1].hasPrefix("As of 2026-06-01 · Packs: vn.sps.cn-fresh-fruit@1.2.0, asean.atiga@1.2.0"))
        #expect(render().contains("vn.old@1.2.0 (not in force on this date)"))
    }

    @Test func eachResultStartsWithItsStatusSymbol() {
        let output = render()
        #expect(output.contains("    ✔ Title of cn-growing-area\n"))
        #expect(output.contains("    ✘ Title of cn-packing-house  [provisional]\n"))
        #expect(output.contains("    ? Title of cn-residue\n"))
        #expect(output.contains("    ! Title of cn-plugin\n"))
        #expect(output.contains("    ✘ Title of atiga-rvc  [warning]\n"))
    }

    @Test func notApplicableIsHiddenUnlessShown() {
        #expect(!render().contains("cn-cold-treatment"))
        #expect(render().contains("not-applicable checks hidden"))
        var options = ReportOptions()
        options.shown = Set(CheckStatus.allCases)
        let all = render(options: options)
        #expect(all.contains("    – Title of cn-cold-treatment\n"))
        #expect(!all.contains("not-applicable checks hidden"))
    }

    @Test func showingOnlyFailuresLeavesTheRestOut() {
        let output = render(options: ReportOptions(shown: [.fail]))
        #expect(output.contains("Title of cn-packing-house"))
        #expect(!output.contains("Title of cn-growing-area"))
        #expect(!output.contains("Title of cn-residue"))
    }

    @Test func resultsAreGroupedBySubjectInProfileOrderThenDomain() throws {
        let output = lines(render())
        let product = try #require(output.firstIndex { $0.hasPrefix("Mango (080450)  products[0]") })
        let china = try #require(output.firstIndex { $0.hasPrefix("Mango (080450) → CN (ACFTA)") })
        let thailand = try #require(output.firstIndex { $0.hasPrefix("Mango (080450) → TH (ATIGA)") })
        #expect(product < china && china < thailand)
        #expect(output[china + 1] == "  Sanitary and phytosanitary (SPS)")
        #expect(output[thailand + 1] == "  Free-trade agreements (FTA)")
        #expect(output.filter { $0.hasPrefix("Mango (080450) → CN") }.count == 1)
    }

    @Test func aFailureShowsItsMessageCitationAndNextStep() throws {
        let output = lines(render())
        let index = try #require(output.firstIndex { $0.contains("Title of cn-packing-house") })
        #expect(output[index + 1] == "      The packing house has no GACC code.")
        #expect(
            output[index + 2]
                == "      Source: GACC Decree No. 248 (2021), Art. 7")
        #expect(output[index + 3] == "      Next step: Apply to the Plant Protection Department.")
    }

    @Test func aPassShowsNoCitationOrNextStep() throws {
        let output = lines(render())
        let index = try #require(output.firstIndex { $0.contains("Title of cn-growing-area") })
        #expect(output[index + 1] == "      Growing area code VN-SL-001 is registered.")
        #expect(output[index + 2].contains("Title of cn-packing-house"))
    }

    @Test func anUnknownListsTheMissingFacts() throws {
        let output = lines(render())
        let index = try #require(output.firstIndex { $0.contains("Title of cn-residue") })
        #expect(output[index + 2] == "      Missing facts: products[0].residue_tests")
    }

    @Test func anErrorShowsTheFault() {
        #expect(render().contains("      Fault: division by zero\n"))
    }

    @Test func theLastLineIsTheSummary() {
        let output = lines(render())
        #expect(output.last == "")
        #expect(
            output[output.count - 2]
                == "non_compliant: 2 failed (1 warning), 1 unknown, 1 error, 1 passed, 12 not applicable")
    }

    @Test func theDisclaimerIsPrintedOnceAndOnlyForPacksInForce() {
        let output = render()
        #expect(output.components(separatedBy: "Guidance, not legal advice.").count == 2)
        #expect(output.contains("Disclaimer: Guidance, not legal advice."))
        #expect(!output.contains("Expired."))
    }

    @Test func noEscapeCodesWithoutColour() {
        #expect(!render().contains("\u{1B}["))
    }

    @Test func coloursTheMarksAndVerdictWhenColourIsOn() {
        let output = render(options: ReportOptions(colour: true))
        #expect(output.contains("\u{1B}[32m✔\u{1B}[0m Title of cn-growing-area"))
        #expect(output.contains("\u{1B}[1;31m✘\u{1B}[0m Title of cn-packing-house"))
        #expect(output.contains("\u{1B}[33m?\u{1B}[0m"))
        #expect(output.contains("\u{1B}[35m!\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1;31mnon_compliant: 2 failed"))
    }

    @Test func vietnameseUsesTheReportersOwnWordsInVietnamese() {
        let output = render(language: .vi)
        #expect(output.contains("Tính đến ngày 2026-06-01 · Bộ quy tắc:"))
        #expect(output.contains("✘ Tiêu đề cn-packing-house  [tạm thời]"))
        #expect(output.contains("Căn cứ: Lệnh 248 của GACC (2021), Điều 7"))
        #expect(output.contains("Việc cần làm: Nộp hồ sơ tại Cục Bảo vệ thực vật."))
        #expect(output.contains("Thông tin còn thiếu: products[0].residue_tests"))
        #expect(output.contains("Kiểm dịch động, thực vật (SPS)"))
        #expect(output.contains("Lưu ý: Chỉ để tham khảo."))
        #expect(
            output.hasSuffix(
                "không tuân thủ: 2 không đạt (1 cảnh báo), 1 chưa rõ, 1 lỗi, 1 đạt, 12 không áp dụng\n"))
        for english in ["Next step", "Source:", "Missing facts", "As of", "passed", "failed"] {
            #expect(!output.contains(english), "\(english)")
        }
    }

    @Test func explainAddsTheConditionTreeValuesAndGap() throws {
        let output = lines(render(options: ReportOptions(explain: true)))
        let index = try #require(output.firstIndex { $0.contains("Title of atiga-rvc") })
        let explanation = Array(output[index...].prefix(16))
        #expect(explanation.contains("      Why:"))
        #expect(explanation.contains("        applies when  export.market == \"TH\"  = true"))
        #expect(explanation.contains("        ✘ all of 2"))
        #expect(explanation.contains("          ✔ a certificate of origin is held"))
        #expect(explanation.contains("          ✘ RVC reaches 40 %"))
        #expect(explanation.contains("              rvc >= 40.0"))
        #expect(explanation.contains("              rvc  = 35.2"))
        #expect(explanation.contains("              35.2 is 4.8 below the threshold 40"))
        #expect(explanation.contains("        rvc = 35.2  (origin.rvc(product))"))
    }

    @Test func withoutExplainThereIsNoTree() {
        #expect(!render().contains("Why:"))
    }

    @Test func explainInVietnameseWritesTheGapInVietnamese() {
        let output = render(language: .vi, options: ReportOptions(explain: true))
        #expect(output.contains("Lý do:"))
        #expect(output.contains("RVC đạt 40 %"))
        #expect(output.contains("35,2 thấp hơn ngưỡng 40 là 4,8"))
    }

    @Test func longMessagesWrapAtTheWidth() {
        var report = ReportFixtures.report()
        report.results[1].message = Array(repeating: "word", count: 60).joined(separator: " ")
        let output = TextReporter(options: ReportOptions(width: 50)).render(report)
        let wrapped = lines(output).filter { $0.hasPrefix("      word") }
        #expect(wrapped.count > 3)
        #expect(wrapped.allSatisfy { $0.count <= 50 })
    }

    @Test func anEmptyReportSaysSo() {
        var report = ReportFixtures.report()
        report.results = []
        #expect(TextReporter().render(report).contains("No check applies to this profile"))
    }

    @Test func severalProfilesAreSeparated() {
        var set = ReportFixtures.set()
        set.reports.append(ReportFixtures.report())
        let output = TextReporter().render(set)
        #expect(output.components(separatedBy: "non_compliant: 2 failed").count == 3)
        #expect(output.contains("────"))
    }

    @Test func explainAddsTheSourcesLinks() {
        let output = render(options: ReportOptions(explain: true))
        #expect(output.contains("Source: GACC Decree No. 248 (2021), Art. 7 <https://example.org/gacc-248>"))
    }

    @Test func distinctDisclaimersAreListedWithTheirPacks() {
        var report = ReportFixtures.report()
        report.packs[1].disclaimer = LocalizedText("Origin is decided by customs.")
        let output = TextReporter().render(report)
        #expect(output.contains("Disclaimer:\n  • vn.sps.cn-fresh-fruit: Guidance, not legal advice.\n"))
        #expect(output.contains("  • asean.atiga: Origin is decided by customs.\n"))
    }

    @Test func aFailedWarningIsMarkedInYellowNotRed() {
        let output = render(options: ReportOptions(colour: true))
        #expect(output.contains("\u{1B}[33m✘\u{1B}[0m Title of atiga-rvc"))
    }

    @Test func failuresThatDoNotDecideTheVerdictAreBrokenDown() {
        var report = ReportFixtures.report()
        report.results = report.results.filter {
            $0.checkID == "atiga-rvc" || $0.checkID == "cn-growing-area"
        }
        report.results[1].severity = .info
        report.counts = [.fail: 1, .pass: 1]
        report.verdict = Verdict(results: report.results)
        let output = TextReporter().render(report)
        #expect(
            output.hasSuffix(
                "compliant: 1 failed (all advisory: 1 info), 0 unknown, 1 passed, 0 not applicable\n"))
    }

    @Test func aBreakdownBesideBlockingFailuresIsNotCalledAdvisory() {
        var report = ReportFixtures.report()
        report.results = report.results.filter {
            $0.checkID == "atiga-rvc" || $0.checkID == "cn-growing-area"
        }
        report.results[0].status = .fail
        report.results[0].severity = .error
        report.results[1].severity = .info
        report.counts = [.fail: 2]
        report.verdict = Verdict(results: report.results)
        let output = TextReporter().render(report)
        #expect(output.hasSuffix("non_compliant: 2 failed (1 info), 0 unknown, 0 passed, 0 not applicable\n"))
    }

    @Test func onlyPacksWithAResultOnShowPrintTheirDisclaimer() {
        var report = ReportFixtures.report()
        report.packs[1].disclaimer = LocalizedText("ATIGA notice.")
        report.results = report.results.filter { $0.packID == "vn.sps.cn-fresh-fruit" }
        let focused = TextReporter().render(report)
        #expect(focused.contains("Disclaimer: Guidance, not legal advice."))
        #expect(!focused.contains("ATIGA notice."))
        report.results = []
        #expect(!TextReporter().render(report).contains("Disclaimer"))
    }

}
