import ArgumentParser
import Comply
import ComplyReports
import Dispatch
import Foundation
import Synchronization

/// `comply scan REGISTRY… --out DIR`: checks every profile of a registry, on every core,
/// and writes what an official needs: a summary page with charts, every result as CSV and
/// JSON lines, one row per profile, and the profiles that could not be read.
///
/// Each profile's outcome is saved in `DIR/.scan/` as soon as it is known, each file
/// written whole, so a scan that is stopped resumes where it was, without repeating or
/// losing a profile; the reports are assembled from those outcomes at the end, each also
/// written whole.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Check every profile of a registry and write a summary report, CSV and JSON lines.",
        discussion: """
            Each REGISTRY path is a profile file or a folder, searched (with its subfolders, \
            hidden ones left out) for .yaml, .yml and .json profiles. DIR gets report.html \
            (the summary, with charts), results.csv and results.jsonl (every result listed \
            by --show), profiles.csv (one row per profile) and problems.txt (profiles that \
            do not decode, with their problems located).

            Running the same scan again into the same DIR resumes it: profiles already \
            scanned, and unchanged since, are not evaluated again. A DIR holding a scan \
            made with other options (day, language, packs, statuses), or with packs whose \
            files changed since, is refused unless --restart is given.

            Exit status: 0 when every profile is compliant; 1 when one is non_compliant or \
            incomplete; 2 on bad usage or bad input (a pack that does not compile, a \
            registry path that does not exist, a profile that does not decode; the other \
            profiles are still scanned and reported).
            """
    )

    @Argument(help: "Profile files, or folders of profiles.")
    var registry: [String] = []

    @Option(help: "The folder to write the scan to (created if needed).")
    var out: String

    @OptionGroup var evaluation: EvaluationArguments

    @Flag(help: "Discard an earlier scan in the folder and start again.")
    var restart = false

    func validate() throws {
        if registry.isEmpty {
            throw ValidationError(
                "give at least one profile file or folder, e.g. comply scan Examples/profiles --out scan")
        }
        _ = try evaluation.parsed()
    }

    /// What `.scan/` keeps of one profile.
    struct Outcome: Codable {
        var entry: ScanEntry
        var jsonLines: String
        var csvRows: String
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let options = try evaluation.parsed()
        let output = DiagnosticOutput()
        let rules = try RuleSet.loadReporting(evaluation.request(options), to: output)
        guard !rules.hasErrors, let schema = rules.schema else { throw ExitCode(2) }

        let folder = ScanFolder(path: out)
        let (files, missingPaths) = ScanFolder.profiles(in: registry, excluding: folder.root)
        missingPaths.forEach(output.write)
        guard !files.isEmpty else {
            if missingPaths.isEmpty {
                output.write(
                    "\(registry.joined(separator: ", ")): error: no .yaml, .yml or .json profile found\n"
                        + "  hint: give the folder that holds the profiles, or the profile files themselves")
            }
            throw ExitCode(2)
        }
        let packs = rules.packs.map { "\($0.id)@\($0.version)" }
        try folder.prepare(
            manifest: manifest(
                options, packs: packs, digest: ScanFolder.digest(ofPacks: rules.packs.map(\.pack))),
            restart: restart)

        // Files without an outcome saved by an earlier run of this scan, or changed since.
        let registered = files.map { (file: $0, fingerprint: ScanFolder.fingerprint(ofFile: $0)) }
        let work = registered.filter { !folder.hasOutcome(for: $0.file, fingerprint: $0.fingerprint) }
        let resumed = files.count - work.count
        let say = Vocabulary(options.language)
        Terminal.standardError.line(say.scanning(files.count, resumed: resumed, into: out))

        // Not-applicable results are counted either way; they are kept only to be listed.
        let evaluator = Evaluator(
            options: EvaluationOptions(
                language: options.language, includeNotApplicable: options.shown.contains(.notApplicable)))
        let plan = EvaluationPlan(packs: rules.packs, asOf: options.asOf)
        let loader = ProfileLoader(schema: schema)
        let records = ScanRecords(shown: options.shown)
        let failures = Mutex<[String]>([])
        // A person watching a long scan sees it advance, once a second at most.
        let progress = Mutex((done: 0, shown: clock.now))
        let showsProgress = Terminal.standardError.isInteractive
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            let (file, fingerprint) = work[index]
            let decoded = loader.load(contentsOfFile: file)
            let problems = decoded.diagnostics.map(\.description)
            let outcome: Outcome
            if !decoded.hasErrors, let profile = decoded.profile {
                let report = evaluator.evaluate(profile: profile, plan: plan)
                outcome = Outcome(
                    entry: ScanEntry(
                        report: report, place: ScanEntry.place(of: profile.value), problems: problems,
                        fingerprint: fingerprint),
                    jsonLines: records.jsonLines(report), csvRows: records.csvRows(report))
            } else {
                outcome = Outcome(
                    entry: ScanEntry(undecoded: file, problems: problems, fingerprint: fingerprint),
                    jsonLines: "",
                    csvRows: "")
            }
            do {
                try folder.save(outcome)
            } catch {
                failures.withLock { $0.append("\(file): \(error)") }
            }
            guard showsProgress else { return }
            let line = progress.withLock { state -> String? in
                state.done += 1
                guard clock.now - state.shown >= .seconds(1) else { return nil }
                state.shown = clock.now
                return say.progress(resumed + state.done, of: files.count)
            }
            if let line { Terminal.standardError.write("\r" + line) }
        }
        if showsProgress && !work.isEmpty { Terminal.standardError.write("\r\u{1B}[K") }
        let lost = failures.withLock { $0 }
        guard lost.isEmpty else {
            lost.forEach { output.write("\(folder.state): error: cannot save the outcome of \($0)") }
            output.write("  hint: check that \(out) is writable and has space; run the scan again to resume")
            throw ExitCode(2)
        }

        // The reports, from every outcome in registry order. The two long ones are streamed,
        // an outcome at a time, so that a registry of any size fits in memory.
        // A byte-order mark, so that spreadsheet programs read the CSV files as UTF-8.
        let bom = "\u{FEFF}"
        let resultsCSV = try folder.stream("results.csv")
        let resultsJSONL = try folder.stream("results.jsonl")
        try resultsCSV.write(bom + ScanRecords.resultsHeader)
        var entries: [ScanEntry] = []
        for (file, fingerprint) in registered {
            guard let outcome = folder.outcome(for: file, fingerprint: fingerprint) else {
                output.write("\(folder.state): error: the outcome of \(file) cannot be read back")
                output.write("  hint: it was removed; run the scan again to scan the file again")
                throw ExitCode(2)
            }
            try resultsCSV.write(outcome.csvRows)
            try resultsJSONL.write(outcome.jsonLines)
            entries.append(outcome.entry)
        }
        try resultsCSV.commit()
        try resultsJSONL.commit()
        folder.removeOutcomes(except: registered)
        let html = ScanHTMLReport(asOf: options.asOf, language: options.language, packs: packs).render(
            entries)
        let problems = entries.filter { !$0.problems.isEmpty }.map {
            $0.problems.joined(separator: "\n") + "\n"
        }
        try folder.write("report.html", html)
        try folder.write(
            "profiles.csv", bom + ScanRecords.profilesHeader + entries.map(ScanRecords.profileRow).joined())
        try folder.write("problems.txt", problems.joined(separator: "\n"))

        let seconds = (clock.now - started).seconds
        let undecoded = entries.count { $0.verdict == nil }
        let terminal = Terminal.standardOutput
        terminal.line(say.scanned(entries.count, packs: packs.count, asOf: options.asOf, seconds: seconds))
        terminal.line("  " + say.verdicts(entries))
        terminal.line(say.wrote(out))
        if undecoded > 0 { terminal.line(say.seeProblems(undecoded, in: out)) }
        if undecoded > 0 || !missingPaths.isEmpty { throw ExitCode(2) }
        if entries.contains(where: { $0.verdict != Verdict.compliant.rawValue }) { throw ExitCode(1) }
    }

    /// What makes two scans the same scan: a folder resumes only the scan it was started with.
    private func manifest(_ options: EvaluationArguments.Parsed, packs: [String], digest: String) -> String {
        let value: JSONValue = .object([
            ("comply_version", .string(ComplyVersion.current)),
            ("as_of", .string(options.asOf.description)),
            ("language", .string(options.language.rawValue)),
            ("shown", .array(options.shown.map(\.rawValue).sorted().map(JSONValue.string))),
            ("packs", .array(packs.map(JSONValue.string))),
            ("pack_files_digest", .string(digest)),
        ])
        return value.text(pretty: true) + "\n"
    }

    /// The command's own lines, in the report's language.
    private struct Vocabulary {
        let language: Language
        let words: ReportVocabulary

        init(_ language: Language) {
            self.language = language
            words = ReportVocabulary(language)
        }

        func scanning(_ count: Int, resumed: Int, into folder: String) -> String {
            language == .vi
                ? "Rà soát \(count) hồ sơ vào \(folder) (\(resumed) hồ sơ đã rà soát từ lần trước)"
                : "Scanning \(count) profile\(count == 1 ? "" : "s") into \(folder) (\(resumed) done by an earlier run)"
        }

        func progress(_ done: Int, of count: Int) -> String {
            language == .vi ? "  đã rà soát \(done)/\(count) hồ sơ" : "  scanned \(done) of \(count) profiles"
        }

        func scanned(_ count: Int, packs: Int, asOf: CivilDate, seconds: Double) -> String {
            let time = String(Int(seconds * 10) / 10) + "." + String(Int(seconds * 10) % 10)
            return language == .vi
                ? "Đã rà soát \(count) hồ sơ theo \(packs) bộ quy tắc, tính đến ngày \(asOf), trong \(time) giây"
                : "Scanned \(count) profile\(count == 1 ? "" : "s") against \(packs) packs as of \(asOf) in \(time) s"
        }

        func verdicts(_ entries: [ScanEntry]) -> String {
            var parts = Verdict.allCases.map { verdict in
                "\(entries.count { $0.verdict == verdict.rawValue }) \(words.verdict(verdict))"
            }
            let undecoded = entries.count { $0.verdict == nil }
            if undecoded > 0 {
                parts.append(language == .vi ? "\(undecoded) không đọc được" : "\(undecoded) did not decode")
            }
            return parts.joined(separator: ", ")
        }

        func seeProblems(_ count: Int, in folder: String) -> String {
            let path = (folder as NSString).appendingPathComponent("problems.txt")
            return language == .vi
                ? "\(count) hồ sơ không đọc được: xem lỗi và vị trí trong \(path)"
                : "\(count) profile\(count == 1 ? "" : "s") did not decode: the problems, located, are in \(path)"
        }

        func wrote(_ folder: String) -> String {
            let files = "report.html, results.csv, results.jsonl, profiles.csv, problems.txt"
            return language == .vi ? "Đã ghi vào \(folder): \(files)" : "Wrote to \(folder): \(files)"
        }
    }
}
