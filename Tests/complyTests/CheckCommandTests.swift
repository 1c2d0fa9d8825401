import Foundation
import Testing

/// `comply check` end to end: the built binary on the example profiles and the bundled
/// packs, and on broken inputs, asserting exit codes, summary lines, the JSON shape and
/// located messages.
@Suite struct CheckCommandTests {
    let comply: ComplyBinary
    let files: TemporaryFiles

    static let examples = [
        "Examples/profiles/yen-chau-mango-coop.yaml",
        "Examples/profiles/moc-chau-dairy.yaml",
        "Examples/profiles/fdi-hightech-farm.yaml",
    ]

    /// The summary line: `non_compliant: 2 failed, 1 unknown, 7 passed, 12 not applicable`.
    static var summary: Regex<(Substring, Substring, Substring?, Substring?, Substring?, Substring?)> {
        #/^(compliant|non_compliant|incomplete): \d+ failed( \([^)]*\))?, \d+ unknown( \([^)]*\))?(, \d+ errors?( \([^)]*\))?)?, \d+ passed, \d+ not applicable$/#
    }

    init() throws {
        comply = try ComplyBinary()
        files = try TemporaryFiles()
    }

    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private static let brokenPack = """
        pack: test.broken
        version: 1.0.0
        title: Broken
        domain: sps
        disclaimer: Guidance only.
        checks:
          - id: c1
            title: T
            severty: error
            require: 'products.size() > 0'
          - id: c2
            title: T2
            require: 'products.exists(p, p.hs_code.startsWith(8))'
        """

    // MARK: the examples

    @Test(arguments: examples)
    func checksAnExampleProfile(_ profile: String) throws {
        let run = try comply.run(["check", profile, "--as-of", "2026-06-01"])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let output = lines(run.stdout)
        #expect(output.first?.hasSuffix("(\(profile))") == true)
        #expect(output.contains { $0.hasPrefix("As of 2026-06-01 · Packs: vn.") })
        let last = try #require(output.last)
        #expect(last.wholeMatch(of: Self.summary) != nil, "\(last)")
        #expect(last.hasPrefix("compliant:") == (run.status == 0))
    }

    @Test(arguments: examples)
    func jsonOfAnExampleProfileHasTheDocumentedShape(_ profile: String) throws {
        let run = try comply.run(["check", profile, "--as-of", "2026-06-01", "--format", "json"])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let document = try json(run.stdout)
        #expect(document["comply_version"] is String)
        #expect(document["as_of"] as? String == "2026-06-01")
        let packs = try #require(document["packs"] as? [[String: Any]])
        #expect(packs.count >= 3)
        let profiles = try #require(document["profiles"] as? [[String: Any]])
        #expect(profiles.count == 1)
        let report = try #require(profiles.first)
        #expect(report["file"] as? String == profile)
        #expect(report["enterprise"] is String)
        let verdict = try #require(report["verdict"] as? String)
        #expect((verdict == "compliant") == (run.status == 0))
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(Set(summary.keys) == ["fail", "unknown", "error", "pass", "not_applicable", "total"])
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            #expect(
                Set(result.keys) == [
                    "pack", "pack_version", "check", "title", "subject", "domain", "jurisdiction", "status",
                    "severity", "provisional", "message", "citations", "remediation", "missing", "error",
                    "tags",
                    "explanation",
                ])
            #expect(["pass", "fail", "unknown", "error"].contains(result["status"] as? String ?? ""))
        }
        #expect(results.count == summary["total", default: 0] - summary["not_applicable", default: 0])
    }

    @Test func severalProfilesAreReportedTogether() throws {
        let run = try comply.run(["check"] + Self.examples + ["--as-of", "2026-06-01", "--format", "json"])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let profiles = try #require(try json(run.stdout)["profiles"] as? [[String: Any]])
        #expect(profiles.map { $0["file"] as? String } == Self.examples)
    }

    @Test func vietnamese() throws {
        let run = try comply.run(["check", Self.examples[0], "--as-of", "2026-06-01", "--lang", "vi"])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("Tính đến ngày 2026-06-01 · Bộ quy tắc:"))
        let last = try #require(lines(run.stdout).last)
        #expect(
            last.hasPrefix("tuân thủ:") || last.hasPrefix("không tuân thủ:")
                || last.hasPrefix("chưa đủ thông tin:"))
        #expect(last.contains(" đạt, "))
        #expect(!run.stdout.contains("Next step:"))
    }

    @Test func explainShowsTheConditions() throws {
        let run = try comply.run([
            "check", Self.examples[0], "--as-of", "2026-06-01", "--explain", "--pack",
            "vn.sps.cn-fresh-fruit",
        ])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("      Why:"))
        #expect(run.stdout.contains("applies when  export.market == \"CN\""))
    }

    @Test func markdown() throws {
        let run = try comply.run(["check", Self.examples[1], "--as-of", "2026-06-01", "--format", "markdown"])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("## "))
        #expect(run.stdout.contains("| | Check | Result | Details |"))
    }

    @Test func showAllListsNotApplicableChecks() throws {
        let hidden = try comply.run(["check", Self.examples[0], "--as-of", "2026-06-01"])
        let shown = try comply.run(["check", Self.examples[0], "--as-of", "2026-06-01", "--show", "all"])
        #expect(!hidden.stdout.contains("    – "))
        #expect(shown.stdout.contains("    – "))
    }

    // MARK: filters

    @Test func packAndDomainSelectThePacks() throws {
        let byPack = try comply.run([
            "check", Self.examples[1], "--as-of", "2026-06-01", "--pack", "vn.fta.atiga", "--format", "json",
        ])
        let packs = try #require(try json(byPack.stdout)["packs"] as? [[String: Any]])
        #expect(packs.map { $0["id"] as? String } == ["vn.fta.atiga"])

        let byDomain = try comply.run([
            "check", Self.examples[1], "--as-of", "2026-06-01", "--domain", "sps", "--format", "json",
        ])
        let domains = try #require(try json(byDomain.stdout)["packs"] as? [[String: Any]])
        #expect(domains.allSatisfy { $0["domain"] as? String == "sps" })
    }

    @Test func marketKeepsTheResultsOfThatMarket() throws {
        let run = try comply.run([
            "check", Self.examples[0], "--as-of", "2026-06-01", "--market", "CN", "--format", "json",
        ])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let profiles = try #require(try json(run.stdout)["profiles"] as? [[String: Any]])
        let results = try #require(profiles.first?["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        // Every result is about an export to China (its subject), or comes from a pack whose
        // jurisdiction is China (a product- or enterprise-level result).
        for result in results {
            let subject = result["subject"] as? [String: Any]
            let label = subject?["label"] as? String ?? ""
            let path = subject?["path"] as? String ?? ""
            let aboutChina =
                path.contains(".exports[")
                ? label.contains("→ CN") : result["jurisdiction"] as? String == "CN"
            #expect(aboutChina, "\(result["pack"] ?? "") \(result["check"] ?? ""): \(label)")
        }
        let labels = results.compactMap { ($0["subject"] as? [String: Any])?["label"] as? String }
        #expect(!labels.contains { $0.contains("→ KR") })
    }

    @Test func anUnknownPackIDIsABadUsageWithASuggestion() throws {
        let run = try comply.run(["check", Self.examples[0], "--pack", "vn.fta.atigaa"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("--pack vn.fta.atigaa: error: no pack has this id"))
        #expect(run.stderr.contains("did you mean \"vn.fta.atiga\"?"))
    }

    // MARK: bad usage

    @Test(arguments: [
        ["check"], ["check", "Examples/profiles/moc-chau-dairy.yaml", "--lang", "fr"],
        ["check", "Examples/profiles/moc-chau-dairy.yaml", "--as-of", "01/06/2026"],
        ["check", "Examples/profiles/moc-chau-dairy.yaml", "--format", "xml"],
        ["check", "Examples/profiles/moc-chau-dairy.yaml", "--domain", "spss"],
        ["check", "Examples/profiles/moc-chau-dairy.yaml", "--show", "fial"],
    ])
    func badUsageExitsWithTwo(_ arguments: [String]) throws {
        let run = try comply.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Error:"))
    }

    // MARK: bad input

    @Test func aMalformedProfileIsLocated() throws {
        let path = try files.write("bad.yaml", "enterprise:\n  name: X\nproducts: [\n")
        let run = try comply.run(["check", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(path):4:1: error: "), "\(run.stderr)")
    }

    @Test func anUnknownFieldInAProfileSuggestsTheRightOne() throws {
        let path = try files.write("typo.yaml", "enterprise:\n  name: X\n  tax_cod: \"0101234567\"\n")
        let run = try comply.run(["check", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(path):3:3: error: unknown field \"tax_cod\""), "\(run.stderr)")
        #expect(run.stderr.contains("hint: did you mean \"tax_code\"?"))
    }

    @Test func aMissingProfileIsNamed() throws {
        let path = files.directory.appendingPathComponent("absent.yaml").path
        let run = try comply.run(["check", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(path) && run.stderr.contains("No such file"), "\(run.stderr)")
    }

    @Test func aBadProfileDoesNotStopTheOthers() throws {
        let path = try files.write("typo.yaml", "enterprise:\n  name: X\n  tax_cod: \"0101234567\"\n")
        let run = try comply.run(["check", path, Self.examples[1], "--as-of", "2026-06-01"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unknown field \"tax_cod\""))
        #expect(run.stdout.contains("(\(Self.examples[1]))"))
        #expect(lines(run.stdout).last?.wholeMatch(of: Self.summary) != nil)
    }

    @Test func aBrokenPackIsLocatedAndNothingIsChecked() throws {
        let pack = try files.write("broken.pack.yaml", Self.brokenPack)
        let run = try comply.run(["check", Self.examples[0], "--packs", pack])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.contains("\(pack):9:5: error: unknown key \"severty\" in a check"), "\(run.stderr)")
        #expect(run.stderr.contains("hint: did you mean \"severity\"?"))
        #expect(run.stderr.contains("\(pack):13:"))
    }

    @Test func aMisspeltProfileFieldInAPackIsACompileErrorWithASuggestion() throws {
        let pack = try files.write(
            "typo.pack.yaml",
            """
            pack: test.typo
            version: 1.0.0
            title: Typo
            domain: other
            disclaimer: Guidance only.
            checks:
              - id: hs-code
                title: HS code declared
                for_each: {product: products}
                require: 'product.hs_cod.size() > 0'
            """)
        let run = try comply.run(["check", Self.examples[0], "--packs", pack])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(pack):10:"), "\(run.stderr)")
        #expect(run.stderr.contains("hs_cod"))
        #expect(run.stderr.contains("did you mean 'hs_code'?"), "\(run.stderr)")
    }

    @Test func aPackGivenWithPacksIsUsedAlone() throws {
        let pack = try files.write(
            "own.pack.yaml",
            """
            pack: test.own
            version: 2.1.0
            title: Own
            domain: other
            disclaimer: Guidance only.
            checks:
              - id: has-products
                title: The profile lists products
                require: 'products.size() > 0'
                message: {pass: "{{products.size()}} products.", fail: "No products."}
            """)
        let run = try comply.run(["check", Self.examples[1], "--packs", pack, "--as-of", "2026-06-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Packs: test.own@2.1.0\n"))
        #expect(run.stdout.contains("    ✔ The profile lists products\n"))
        #expect(lines(run.stdout).last == "compliant: 0 failed, 0 unknown, 1 passed, 0 not applicable")
    }

    @Test func aProfileUsingAFieldOfAnUnselectedPackStillDecodes() throws {
        // The field comes from one pack's schema extension; the run selects the other pack.
        let folder = files.directory.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        pack: test.extends
        version: 1.0.0
        title: Extends
        domain: fta
        disclaimer: Guidance only.
        schema:
          $defs:
            Enterprise:
              properties:
                test_member_number: {type: string}
        checks:
          - id: member
            title: Member number given
            require: 'has(enterprise.test_member_number)'
        """.write(to: folder.appendingPathComponent("extends.pack.yaml"), atomically: true, encoding: .utf8)
        try """
        pack: test.plain
        version: 1.0.0
        title: Plain
        domain: sps
        disclaimer: Guidance only.
        checks:
          - id: named
            title: The enterprise is named
            require: 'enterprise.name != ""'
        """.write(to: folder.appendingPathComponent("plain.pack.yaml"), atomically: true, encoding: .utf8)
        let profile = try files.write(
            "member.yaml", "enterprise: {name: Hợp tác xã Chiềng Sung, test_member_number: \"42\"}\n")
        for selection in [["--pack", "test.plain"], ["--domain", "sps"]] {
            let run = try comply.run(
                ["check", profile, "--packs", folder.path, "--as-of", "2026-06-01"] + selection)
            #expect(run.status == 0, "\(selection): \(run.stderr)")
            #expect(lines(run.stdout).last == "compliant: 0 failed, 0 unknown, 1 passed, 0 not applicable")
        }
    }

    @Test func aFailedErrorCheckIsNonCompliantAndAMissingFactIncomplete() throws {
        let pack = try files.write(
            "strict.pack.yaml",
            """
            pack: test.strict
            version: 1.0.0
            title: Strict
            domain: other
            disclaimer: Guidance only.
            checks:
              - id: many-products
                title: At least five products
                require: 'products.size() >= 5'
              - id: employees
                title: Employees are declared
                severity: error
                require: 'enterprise.employees > 0'
            """)
        let profile = try files.write("small.yaml", "enterprise:\n  name: Small co-op\nproducts: []\n")
        let run = try comply.run(["check", profile, "--packs", pack, "--as-of", "2026-06-01"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("    ✘ At least five products\n"))
        #expect(run.stdout.contains("    ? Employees are declared\n"))
        #expect(run.stdout.contains("      Missing facts: enterprise.employees\n"))
        #expect(lines(run.stdout).last == "non_compliant: 1 failed, 1 unknown, 0 passed, 0 not applicable")

        let asJSON = try comply.run([
            "check", profile, "--packs", pack, "--as-of", "2026-06-01", "--format", "json",
        ])
        #expect(asJSON.status == 1)
        let verdict = try #require(try json(asJSON.stdout)["profiles"] as? [[String: Any]]).first?[
            "verdict"]
        #expect(verdict as? String == "non_compliant")

        let relaxed = try files.write(
            "relaxed.pack.yaml",
            try String(contentsOfFile: pack, encoding: .utf8).replacingOccurrences(
                of: "products.size() >= 5", with: "products.size() >= 0"))
        let incomplete = try comply.run(["check", profile, "--packs", relaxed, "--as-of", "2026-06-01"])
        #expect(incomplete.status == 1)
        #expect(
            lines(incomplete.stdout).last == "incomplete: 0 failed, 1 unknown, 1 passed, 0 not applicable")
    }

    // MARK: finding the bundled rules

    @Test func findsTheBundledRulesFromAnotherFolder() throws {
        let profile = ComplyBinary.packageRoot.appendingPathComponent(Self.examples[1]).path
        let run = try comply.run(["check", profile, "--as-of", "2026-06-01"], in: files.directory)
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("vn.fta.atiga@"))
    }

    @Test func complyRulesPointsElsewhere() throws {
        let missing = files.directory.appendingPathComponent("no-rules").path
        let run = try comply.run(
            ["check", Self.examples[1]], in: ComplyBinary.packageRoot, environment: ["COMPLY_RULES": missing])
        #expect(run.status == 2)
        #expect(run.stderr.contains("COMPLY_RULES=\(missing): error: no such folder"))
    }
}
