import Comply
import ComplyReports
import Testing

@Suite struct SubjectGroupTests {
    private func result(_ path: String, _ domain: Domain = .sps) -> CheckResult {
        ReportFixtures.result(
            "c-\(path)-\(domain.rawValue)", .pass,
            subject: Subject(path: path, label: path.isEmpty ? "" : "L \(path)"),
            domain: domain)
    }

    @Test func theWholeProfileComesFirstThenPathsWithNumericIndices() {
        let results = ["products[10]", "products[2].exports[0]", "", "products[2]", "projects[0]"].map {
            result($0)
        }
        let order = SubjectGroup.groups(of: results).map(\.subject.path)
        #expect(order == ["", "products[2]", "products[2].exports[0]", "products[10]", "projects[0]"])
    }

    @Test func domainsKeepTheirFirstAppearanceOrder() {
        let results = [result("products[0]", .fta), result("products[0]", .sps), result("products[0]", .fta)]
        let groups = SubjectGroup.groups(of: results)
        #expect(groups.count == 1)
        #expect(groups[0].domains.map(\.domain) == [.fta, .sps])
        #expect(groups[0].domains[0].results.count == 2)
    }
}
