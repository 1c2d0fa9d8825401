import Comply
import ComplyReports
import Testing

@Suite struct MarketFilterTests {
    @Test func keepsTheExportsToTheMarketAndPacksOfThatJurisdiction() {
        let report = ReportFixtures.report()
        let filtered = MarketFilter(markets: ["cn"]).apply(to: report, profile: ReportFixtures.profileValue)
        let checks = filtered.results.map(\.checkID)
        #expect(checks.contains("cn-packing-house"))
        #expect(!checks.contains("atiga-rvc"), "the Thai export is dropped")
        #expect(checks.contains("cn-plugin"), "a product-level result of a China pack is kept")
        #expect(filtered.count(.notApplicable) == 1, "counts are recomputed over the kept results")
        #expect(filtered.verdict == .nonCompliant)
    }

    @Test func anotherMarketKeepsOnlyItsResults() {
        let filtered = MarketFilter(markets: ["TH"]).apply(
            to: ReportFixtures.report(), profile: ReportFixtures.profileValue)
        #expect(filtered.results.map(\.checkID) == ["atiga-rvc"])
        // The ATIGA failure is a warning: no error-severity failure is left.
        #expect(filtered.verdict == .compliant)
    }

    @Test func noMarketsKeepsEverything() {
        let report = ReportFixtures.report()
        let filtered = MarketFilter(markets: []).apply(to: report, profile: ReportFixtures.profileValue)
        #expect(filtered.results.count == report.results.count)
    }
}
