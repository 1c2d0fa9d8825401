import Comply

/// The one-line summary of a profile's report:
/// `non_compliant: 2 failed, 1 unknown, 7 passed, 12 not applicable`, or in Vietnamese
/// `không tuân thủ: 2 không đạt, 1 chưa rõ, 7 đạt, 12 không áp dụng`. Errors are named
/// only when there are some. Failures and unknowns of warning or info checks, which do not
/// decide the verdict, are broken down, so that `compliant: 2 failed (all advisory: 2 info)`
/// reads true.
public enum SummaryLine {
    /// The order of the counts: what needs attention first.
    public static let order: [CheckStatus] = [.fail, .unknown, .error, .pass, .notApplicable]

    public static func text(for report: ProfileReport, language: Language? = nil) -> String {
        let words = ReportVocabulary(language ?? report.language)
        let counts = order.compactMap { status -> String? in
            let count = report.count(status)
            if status == .error && count == 0 { return nil }
            var text = words.status(status, count: count)
            if status == .fail || status == .unknown || status == .error {
                let minor = [Severity.warning, .info].compactMap { severity -> String? in
                    let count = report.results.count { $0.status == status && $0.severity == severity }
                    return count == 0 ? nil : "\(count) \(words.severity(severity))"
                }
                let advisory = report.results.count { $0.status == status && $0.severity != .error }
                if !minor.isEmpty {
                    let lead = advisory == count ? words.allAdvisory + ": " : ""
                    text += " (" + lead + minor.joined(separator: ", ") + ")"
                }
            }
            return text
        }
        return words.verdict(report.verdict) + ": " + counts.joined(separator: ", ")
    }
}
