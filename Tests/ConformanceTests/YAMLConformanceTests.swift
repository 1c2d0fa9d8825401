import Conformance
import Foundation
import Testing

/// The yaml-test-suite through the loader: every case outside the known-differences list
/// must pass, and every listed case must still fail (so a fix shortens the list).
@Test func yamlTestSuiteHasNoRegressions() throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("yaml")
    let known = try YAMLSuite.knownDifferences(
        file: directory.appendingPathComponent("known-differences.txt").path)
    let report = try YAMLSuite.run(
        casesFile: directory.appendingPathComponent("cases.jsonl").path, knownDifferences: known)
    #expect(report.cases.count == 322)
    #expect(report.unexpectedFailures.isEmpty, "\(report.render())")
    #expect(report.unexpectedPasses.isEmpty, "\(report.render())")
    #expect(report.unknownListedIDs.isEmpty)
}
