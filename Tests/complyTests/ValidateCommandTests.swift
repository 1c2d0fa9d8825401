import Foundation
import Testing

/// `comply validate` end to end: the bundled packs compile; a broken pack is reported at
/// its lines, every problem in one run.
@Suite struct ValidateCommandTests {
    let comply: ComplyBinary
    let files: TemporaryFiles

    init() throws {
        comply = try ComplyBinary()
        files = try TemporaryFiles()
    }

    @Test func theBundledRulesAreValid() throws {
        let run = try comply.run(["validate"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("✔ vn.sps.cn-fresh-fruit@"))
        let last = try #require(run.stdout.split(separator: "\n").last)
        #expect(last.hasSuffix("packs: 0 errors, 0 warnings"))
    }

    @Test func aBrokenPackIsReportedWithEveryProblem() throws {
        let folder = files.directory.appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pack = folder.appendingPathComponent("broken.pack.yaml")
        try """
        pack: test.broken
        version: 1.0
        title: Broken
        domain: sps
        disclaimer: Guidance only.
        checks:
          - id: c1
            title: T
            require: 'products.exists(p, p.hs_code.startsWith(8))'
        """.write(to: pack, atomically: true, encoding: .utf8)
        let run = try comply.run(["validate", folder.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(pack.path):2:10: error: "), "\(run.stderr)")
        #expect(run.stderr.contains("\(pack.path):9:"), "\(run.stderr)")
        #expect(run.stdout.hasSuffix("1 pack: 2 errors, 0 warnings\n"))
    }

    @Test func aMissingFolderIsAnError() throws {
        let run = try comply.run(["validate", files.directory.appendingPathComponent("absent").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no such file or folder"))
    }

    @Test func sarifGoesToStandardOutputWithTheDiagnosticsStillOnStandardError() throws {
        let path = try files.write(
            "typo.pack.yaml",
            """
            pack: test.typo
            version: 1.0.0
            title: Typo
            domain: other
            disclaimer: Guidance only.
            checks:
              - id: c1
                title: T
                severty: error
                require: 'enterprise.name != ""'
            """)
        let run = try comply.run(["validate", path, "--format", "sarif"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(path):9:5: error: unknown key \"severty\""), "\(run.stderr)")
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stdout)")
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results.first?["level"] as? String == "error")
    }

    @Test func sarifToAFileKeepsTheListingAndReplacesTheFileWhole() throws {
        let report = files.directory.appendingPathComponent("comply.sarif")
        try "stale".write(to: report, atomically: true, encoding: .utf8)
        let run = try comply.run(["validate", "--format", "sarif", "--output", report.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("✔ vn.sps.cn-fresh-fruit@"))
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(((log["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.isEmpty == true)
    }

    @Test func anOutputFileNeedsAMachineFormatAndAWritableFolder() throws {
        let plain = try comply.run(["validate", "--output", files.directory.appendingPathComponent("x").path])
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("--output writes a SARIF log; add --format sarif"), "\(plain.stderr)")
        let nowhere = files.directory.appendingPathComponent("absent/comply.sarif").path
        let unwritable = try comply.run(["validate", "--format", "sarif", "--output", nowhere])
        #expect(unwritable.status == 2)
        #expect(
            unwritable.stderr.contains("\(nowhere): error: cannot write the report"), "\(unwritable.stderr)")
        #expect(!FileManager.default.fileExists(atPath: nowhere))
    }
}
