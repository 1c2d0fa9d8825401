import Foundation
import Testing

/// `comply scan` end to end: a registry of profiles into a folder of reports, resumed
/// after a stop, refused when the options change.
@Suite struct ScanCommandTests {
    let comply: ComplyBinary
    let files: TemporaryFiles

    init() throws {
        comply = try ComplyBinary()
        files = try TemporaryFiles()
    }

    static let reports = ["report.html", "results.csv", "results.jsonl", "profiles.csv", "problems.txt"]

    /// A registry of three example profiles and one that does not decode, in two folders.
    private func registry() throws -> URL {
        let registry = files.directory.appendingPathComponent("registry")
        let manager = FileManager.default
        try manager.createDirectory(
            at: registry.appendingPathComponent("north"), withIntermediateDirectories: true)
        try manager.createDirectory(
            at: registry.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        let examples = ComplyBinary.packageRoot.appendingPathComponent("Examples/profiles")
        for name in ["yen-chau-mango-coop.yaml", "moc-chau-plum.yaml"] {
            try manager.copyItem(
                at: examples.appendingPathComponent(name), to: registry.appendingPathComponent(name))
        }
        try manager.copyItem(
            at: examples.appendingPathComponent("moc-chau-dairy.yaml"),
            to: registry.appendingPathComponent("north/moc-chau-dairy.yaml"))
        try "enterprise: {name: Broken\n".write(
            to: registry.appendingPathComponent("north/broken.yaml"), atomically: true, encoding: .utf8)
        try "not: a profile\n".write(
            to: registry.appendingPathComponent(".hidden/ignored.yaml"), atomically: true, encoding: .utf8)
        try "notes".write(
            to: registry.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        return registry
    }

    private func contents(_ folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        for name in Self.reports {
            found[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return found
    }

    @Test func aRegistryBecomesAFolderOfReports() throws {
        let registry = try registry()
        let out = files.directory.appendingPathComponent("scan")
        let run = try comply.run(["scan", registry.path, "--out", out.path, "--as-of", "2026-11-29"])
        #expect(run.status == 2, "a profile does not decode: \(run.stderr)")
        #expect(run.stderr.contains("Scanning 4 profiles into \(out.path) (0 done by an earlier run)"))
        #expect(run.stdout.contains("Scanned 4 profiles against 23 packs as of 2026-11-29"), "\(run.stdout)")
        #expect(
            run.stdout.contains("1 compliant, 1 non_compliant, 1 incomplete, 1 did not decode"),
            "\(run.stdout)")
        #expect(
            run.stdout.hasSuffix(
                "1 profile did not decode: the problems, located, are in \(out.path)/problems.txt\n"),
            "\(run.stdout)")

        let profiles = try String(contentsOf: out.appendingPathComponent("profiles.csv"), encoding: .utf8)
        let rows = profiles.split(separator: "\r\n")
        #expect(rows.count == 5)
        #expect(
            rows[0]
                == "file,enterprise,province,district,verdict,decoded,pass,fail,unknown,not_applicable,error,failed_checks,missing_facts,problems"
        )
        let bytes = try Data(contentsOf: out.appendingPathComponent("profiles.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark, for spreadsheets")
        #expect(rows[1].hasPrefix("\(registry.path)/moc-chau-plum.yaml,"))
        #expect(rows[2].hasPrefix("\(registry.path)/north/broken.yaml,,,,,no,"))
        #expect(rows[3].hasPrefix("\(registry.path)/north/moc-chau-dairy.yaml,"))
        #expect(rows[3].contains(",Sơn La,Mộc Châu,incomplete,yes,"))
        #expect(rows[4].contains(",compliant,yes,"))
        #expect(!profiles.contains("ignored"))

        let problems = try String(contentsOf: out.appendingPathComponent("problems.txt"), encoding: .utf8)
        #expect(problems.hasPrefix("\(registry.path)/north/broken.yaml:2:1: error: "), "\(problems)")

        let lines = try String(contentsOf: out.appendingPathComponent("results.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count > 50)
        for line in lines {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(["pass", "fail", "unknown", "error"].contains(object["status"] as? String))
        }
        let csv = try String(contentsOf: out.appendingPathComponent("results.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\r\n").count == lines.count + 1)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("4 profiles"))
    }

    @Test func aSecondRunResumesAndChangesNothing() throws {
        let registry = try registry()
        let out = files.directory.appendingPathComponent("scan")
        let arguments = ["scan", registry.path, "--out", out.path, "--as-of", "2026-11-29"]
        _ = try comply.run(arguments)
        let first = try contents(out)
        let again = try comply.run(arguments)
        #expect(again.status == 2)
        #expect(again.stderr.contains("(4 done by an earlier run)"), "\(again.stderr)")
        #expect(try contents(out) == first)

        // A profile that changed is scanned again; so is one whose saved outcome was lost.
        let plum = registry.appendingPathComponent("moc-chau-plum.yaml")
        try (String(contentsOf: plum, encoding: .utf8) + "\n# reviewed\n").write(
            to: plum, atomically: true, encoding: .utf8)
        let outcomes = out.appendingPathComponent(".scan/outcomes")
        for name in try FileManager.default.contentsOfDirectory(atPath: outcomes.path) {
            let saved = outcomes.appendingPathComponent(name)
            if try String(contentsOf: saved, encoding: .utf8).contains("moc-chau-dairy.yaml") {
                try FileManager.default.removeItem(at: saved)
            }
        }
        let partly = try comply.run(arguments)
        #expect(partly.stderr.contains("(2 done by an earlier run)"), "\(partly.stderr)")
        #expect(try contents(out) == first)
    }

    @Test func otherOptionsAreRefusedUnlessRestarted() throws {
        let registry = try registry()
        let out = files.directory.appendingPathComponent("scan")
        _ = try comply.run(["scan", registry.path, "--out", out.path, "--as-of", "2026-11-29"])
        let refused = try comply.run(["scan", registry.path, "--out", out.path, "--as-of", "2026-12-01"])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "holds a scan made with other options (as_of 2026-11-29 then, 2026-12-01 now)"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("hint: add --restart"))
        let restarted = try comply.run([
            "scan", registry.path, "--out", out.path, "--as-of", "2026-12-01", "--restart", "--lang", "vi",
        ])
        #expect(restarted.status == 2)
        #expect(restarted.stderr.contains("(0 hồ sơ đã rà soát từ lần trước)"), "\(restarted.stderr)")
        #expect(restarted.stdout.contains("1 không đọc được"), "\(restarted.stdout)")
    }

    @Test func badRegistryPathsAndOutputFoldersAreErrors() throws {
        let out = files.directory.appendingPathComponent("scan")
        let missing = files.directory.appendingPathComponent("absent").path
        let run = try comply.run(["scan", missing, "--out", out.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(missing): error: no such file or folder"), "\(run.stderr)")

        let file = try files.write("taken", "a file")
        let clash = try comply.run(["scan", "Examples/profiles", "--out", file])
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("error: --out names a file, not a folder"), "\(clash.stderr)")

        let empty = files.directory.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nothing = try comply.run(["scan", empty.path, "--out", out.path])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.contains("\(empty.path): error: no .yaml, .yml or .json profile found"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written for nothing")

        let usage = try comply.run(["scan", "--out", out.path])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("give at least one profile file or folder"))
    }

    @Test func aPackChangedWithoutANewVersionIsNotResumedAcross() throws {
        // The pack of `comply test`'s tests: one check, on the profile's products.
        let pack = TestCommandTests.pack
        let packFile = try files.write("own.pack.yaml", pack)
        let out = files.directory.appendingPathComponent("scan")
        let arguments = [
            "scan", "Examples/profiles/yen-chau-mango-coop.yaml", "--packs", packFile, "--out", out.path,
            "--as-of", "2026-11-29",
        ]
        let first = try comply.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        _ = try files.write("own.pack.yaml", pack.replacingOccurrences(of: "> 0", with: "> 1"))
        let changed = try comply.run(arguments)
        #expect(changed.status == 2)
        #expect(changed.stderr.contains("(pack_files_digest "), "\(changed.stderr)")
    }
}
