import Comply
import ComplyReports
import Foundation
import Testing
import YAML

/// The SARIF log of `comply validate`: the shape code-scanning services read (checked
/// against the OASIS SARIF 2.1.0 schema when it was written), with Comply's positions.
@Suite struct SARIFReporterTests {
    private func range(
        _ file: String, _ line: Int, _ column: Int, to endLine: Int, _ endColumn: Int
    ) -> SourceRange {
        SourceRange(
            file: file, start: Mark(line: line, column: column, offset: 0),
            end: Mark(line: endLine, column: endColumn, offset: 10))
    }

    private func log(_ diagnostics: [Comply.Diagnostic], exitCode: Int = 2) throws -> [String: Any] {
        let text = SARIFReporter().render(diagnostics, exitCode: exitCode)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func results(_ log: [String: Any]) throws -> [[String: Any]] {
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        return try #require(run["results"] as? [[String: Any]])
    }

    @Test func aDiagnosticBecomesAResultAtItsRegion() throws {
        let diagnostic = Comply.Diagnostic(
            at: range("Rules/sps/x.pack.yaml", 14, 5, to: 14, 12), "unknown key \"severty\" in a check",
            hint: "did you mean \"severity\"?")
        let document = try log([diagnostic])
        #expect(document["version"] as? String == "2.1.0")
        #expect(document["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "comply")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["pack-error", "pack-warning"])
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["exitCode"] as? Int == 2)

        let result = try #require(try results(document).first)
        #expect(result["ruleId"] as? String == "pack-error")
        #expect(result["level"] as? String == "error")
        let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
        #expect(message == "unknown key \"severty\" in a check. Hint: did you mean \"severity\"?")
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect(
            (physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "Rules/sps/x.pack.yaml")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 14, "startColumn": 5, "endLine": 14, "endColumn": 12])
    }

    @Test func warningsHaveTheirOwnRuleAndLevel() throws {
        let warning = Comply.Diagnostic(.warning, at: range("p.yaml", 1, 1, to: 1, 4), "an unused table")
        let result = try #require(try results(log([warning], exitCode: 0)).first)
        #expect(result["ruleId"] as? String == "pack-warning")
        #expect(result["level"] as? String == "warning")
        #expect((result["message"] as? [String: Any])?["text"] as? String == "an unused table")
    }

    @Test func somethingNotInAFileHasNoLocationAndAPointHasNoEnd() throws {
        let generated = Comply.Diagnostic(at: .generated, "a pack built in code is broken")
        let point = Comply.Diagnostic(at: range("p.yaml", 3, 7, to: 3, 7), "expected a value")
        let found = try results(log([generated, point]))
        #expect(found[0]["locations"] == nil)
        let location = try #require((found[1]["locations"] as? [[String: Any]])?.first)
        let region = (location["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
        #expect(region == ["startLine": 3, "startColumn": 7])
    }

    @Test func pathsBecomeURIReferences() {
        #expect(SARIFReporter.uri(ofPath: "Rules/fta/atiga.pack.yaml") == "Rules/fta/atiga.pack.yaml")
        #expect(SARIFReporter.uri(ofPath: "my packs/Sơn La.yaml") == "my%20packs/S%C6%A1n%20La.yaml")
        #expect(SARIFReporter.uri(ofPath: "/tmp/a#b.yaml") == "file:///tmp/a%23b.yaml")
    }

    @Test func noDiagnosticsIsAnEmptyRun() throws {
        #expect(try results(log([], exitCode: 0)).isEmpty)
    }
}
