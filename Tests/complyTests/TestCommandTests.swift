import Foundation
import Testing

/// `comply test` end to end: the bundled packs' embedded tests pass; a wrong expectation
/// fails at its line.
@Suite struct TestCommandTests {
    let comply: ComplyBinary
    let files: TemporaryFiles

    init() throws {
        comply = try ComplyBinary()
        files = try TemporaryFiles()
    }

    static let pack = """
        pack: test.own
        version: 1.0.0
        title: Own
        domain: other
        disclaimer: Guidance only.
        checks:
          - id: has-products
            title: The profile lists products
            require: 'products.size() > 0'
        tests:
          - name: one product passes
            as_of: 2026-06-01
            profile: {enterprise: {name: A}, products: [{name: Mango, hs_code: "080450"}]}
            expect: {has-products: pass}
          - name: no products is said to pass, wrongly
            as_of: 2026-06-01
            profile: {enterprise: {name: B}, products: []}
            expect: {has-products: pass}
          - name: a profile with a typo
            as_of: 2026-06-01
            profile: {enterprise: {name: C}, prodcts: []}
            expect: {has-products: fail}
        """

    @Test func theBundledPacksTestsPass() throws {
        let run = try comply.run(["test", "--require-coverage"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("⚠"), "every bundled check is tested both ways")
        #expect(run.stdout.contains("✔ vn.sps.cn-fresh-fruit: "))
        let last = try #require(run.stdout.split(separator: "\n").last)
        #expect(last.wholeMatch(of: #/[1-9]\d* passed, 0 failed/#) != nil, "\(last)")
    }

    @Test func aCheckNeverSeenToFailIsListedAndFailsWithRequireCoverage() throws {
        let path = try files.write(
            "lenient.pack.yaml",
            """
            pack: test.lenient
            version: 1.0.0
            title: Lenient
            domain: other
            disclaimer: Guidance only.
            checks:
              - id: named
                title: The enterprise is named
                require: 'enterprise.name != ""'
            tests:
              - name: a named enterprise passes
                as_of: 2026-06-01
                profile: {enterprise: {name: A}}
                expect: {named: pass}
            """)
        let relaxed = try comply.run(["test", path])
        #expect(relaxed.status == 0, "\(relaxed.stdout)\(relaxed.stderr)")
        #expect(relaxed.stdout.contains("⚠ test.lenient: check named: no test makes it fail\n"))
        #expect(relaxed.stdout.hasSuffix("1 passed, 0 failed (1 check not tested both ways)\n"))
        let strict = try comply.run(["test", path, "--require-coverage"])
        #expect(strict.status == 1)
    }

    @Test func aWrongExpectationFailsAtItsLine() throws {
        let path = try files.write("own.pack.yaml", Self.pack)
        let run = try comply.run(["test", path])
        #expect(run.status == 1, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("✔ test.own: one product passes"))
        #expect(lines.contains("✘ test.own: no products is said to pass, wrongly"))
        #expect(
            lines.contains {
                $0.hasPrefix("    \(path):18:14: has-products: expected pass, got fail for the profile")
            },
            "\(run.stdout)")
        #expect(lines.contains("✘ test.own: a profile with a typo"))
        #expect(lines.contains { $0.contains("unknown field \"prodcts\"") }, "\(run.stdout)")
        #expect(lines.last == "1 passed, 2 failed")
    }

    @Test func aBrokenPackExitsWithTwo() throws {
        let path = try files.write(
            "broken.pack.yaml", Self.pack.replacingOccurrences(of: "version: 1.0.0", with: "version: 1"))
        let run = try comply.run(["test", path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(path):2:10: error: "))
    }
}

/// Folder packs given by their `pack.yaml`, and a broken file inside a folder pack.
@Suite struct FolderPackTestCommandTests {
    let comply: ComplyBinary
    let files: TemporaryFiles
    let folder: URL

    init() throws {
        comply = try ComplyBinary()
        files = try TemporaryFiles()
        folder = files.directory.appendingPathComponent("gates")
        for sub in ["tables", "tests"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try """
        pack: test.gates
        version: 1.0.0
        title: Gates
        domain: other
        disclaimer: Guidance only.
        schema:
          $defs:
            Enterprise:
              properties:
                test_gate: {type: string}
        checks:
          - id: known-gate
            title: The gate is listed
            require: 'tables.gates.exists(g, g.name == enterprise.test_gate)'
        """.write(to: folder.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        try "name\nLóng Sập\n".write(
            to: folder.appendingPathComponent("tables/gates.csv"), atomically: true, encoding: .utf8)
        try """
        - name: a listed gate passes
          as_of: 2026-06-01
          profile: {enterprise: {name: A, test_gate: Lóng Sập}}
          expect: {known-gate: pass}
        """.write(to: folder.appendingPathComponent("tests/gates.yaml"), atomically: true, encoding: .utf8)
    }

    @Test func aFolderPackIsLoadedWholeThroughItsPackFile() throws {
        let run = try comply.run(["test", folder.appendingPathComponent("pack.yaml").path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("✔ test.gates: a listed gate passes\n"), "\(run.stdout)")
    }

    @Test func aBrokenTestFileIsOneErrorNotOnePerAddedField() throws {
        try """
        - name: a listed gate: passes
          as_of: 2026-06-01
          profile: {enterprise: {name: A, test_gate: Lóng Sập}}
          expect: {known-gate: pass}
        """.write(to: folder.appendingPathComponent("tests/gates.yaml"), atomically: true, encoding: .utf8)
        let run = try comply.run(["test", folder.path])
        #expect(run.status == 2)
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1, "\(run.stderr)")
        #expect(errors.first?.contains("tests/gates.yaml:1:") == true, "\(run.stderr)")
    }
}

/// `comply test --format junit`: the same results as JUnit XML, for CI test reports.
extension TestCommandTests {
    @Test func junitListsEveryTestAndEnforcedCoverage() throws {
        let path = try files.write("own.pack.yaml", Self.pack)
        let run = try comply.run(["test", path, "--format", "junit", "--require-coverage"])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("1 passed, 2 failed\n"), "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"comply test\""))
        #expect(run.stdout.contains("<testsuite name=\"test.own\" tests=\"3\" failures=\"2\" errors=\"0\""))
        #expect(run.stdout.contains("<testcase name=\"one product passes\" classname=\"test.own\""))
        #expect(run.stdout.contains("<failure message=\"\(path):"))
        #expect(!run.stdout.contains("✔"), "the listing is not mixed into the XML")
    }

    @Test func junitToAFileKeepsTheListing() throws {
        let report = files.directory.appendingPathComponent("junit.xml")
        let run = try comply.run(["test", "--format", "junit", "--output", report.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("✔ vn.sps.cn-fresh-fruit: "))
        let xml = try String(contentsOf: report, encoding: .utf8)
        let total = try #require(
            xml.firstMatch(of: #/<testsuites name="comply test" tests="(\d+)" failures="0"/#))
        #expect(run.stdout.hasSuffix("\(total.1) passed, 0 failed\n"), "\(run.stdout.suffix(80))")
    }

    @Test func aPackThatDoesNotLoadWritesNoReport() throws {
        let path = try files.write("broken.pack.yaml", "pack: test.broken\nversion: 1.0\n")
        let report = files.directory.appendingPathComponent("junit.xml")
        let run = try comply.run(["test", path, "--format", "junit", "--output", report.path])
        #expect(run.status == 2)
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }
}
