import Comply

/// The rows a batch scan writes for each profile: JSON lines (`results.jsonl`) for data
/// tools, CSV (`results.csv`, `profiles.csv`) for spreadsheets. A JSON line is a result of
/// `comply check --format json` with the profile's file and enterprise in front, without
/// the explanation.
public struct ScanRecords: Sendable {
    /// Which results are written (not-applicable ones are left out by default, as in
    /// `comply check`; the summaries count them anyway).
    public var shown: Set<CheckStatus>

    public init(shown: Set<CheckStatus> = ReportOptions.defaultShown) {
        self.shown = shown
    }

    public static let resultsHeader = CSVField.row([
        "file", "enterprise", "pack", "pack_version", "domain", "check", "title", "subject", "subject_label",
        "status", "severity", "provisional", "message", "missing", "error", "citations",
    ])

    public static let profilesHeader = CSVField.row([
        "file", "enterprise", "province", "district", "verdict", "decoded", "pass", "fail", "unknown",
        "not_applicable", "error",
        "failed_checks", "missing_facts", "problems",
    ])

    /// One JSON object per line, for each result shown.
    public func jsonLines(_ report: ProfileReport) -> String {
        let reporter = JSONReporter(options: ReportOptions(shown: shown), pretty: false)
        var output = ""
        for result in report.results where shown.contains(result.status) {
            guard case .object(let members) = reporter.result(result, language: report.language) else {
                continue
            }
            let line: JSONValue = .object(
                [("file", .string(report.profile)), ("enterprise", .string(report.profileName))]
                    + members.filter { $0.0 != "explanation" })
            output += line.text(pretty: false) + "\n"
        }
        return output
    }

    /// One CSV row per result shown.
    public func csvRows(_ report: ProfileReport) -> String {
        var output = ""
        for result in report.results where shown.contains(result.status) {
            let citations = result.citations.map { citation in
                [citation.title.text(in: report.language), citation.article?.text(in: report.language)]
                    .compactMap { $0 }.joined(separator: ", ")
            }
            output += CSVField.row([
                report.profile, report.profileName, result.packID, result.packVersion.description,
                result.domain.rawValue, result.checkID, result.title.text(in: report.language),
                result.subject.path,
                result.subject.label, result.status.rawValue, result.severity.rawValue,
                result.provisional ? "yes" : "no", result.message, result.missing.joined(separator: "; "),
                result.error ?? "", citations.joined(separator: "; "),
            ])
        }
        return output
    }

    /// The profile's row of `profiles.csv`.
    public static func profileRow(_ entry: ScanEntry) -> String {
        CSVField.row([
            entry.file, entry.enterprise, entry.province ?? "", entry.district ?? "", entry.verdict ?? "",
            entry.verdict == nil ? "no" : "yes",
            String(entry.count(.pass)), String(entry.count(.fail)), String(entry.count(.unknown)),
            String(entry.count(.notApplicable)), String(entry.count(.error)),
            entry.failed.map { "\($0.pack)/\($0.check)" }.joined(separator: "; "),
            entry.missing.joined(separator: "; "), String(entry.problems.count),
        ])
    }
}
