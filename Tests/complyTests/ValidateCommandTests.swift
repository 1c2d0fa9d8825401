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
}
