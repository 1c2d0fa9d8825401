import Comply

/// The one-line summary of a profile's report:
/// `non_compliant: 2 failed, 1 unknown, 7 passed, 12 not applicable`, or in Vietnamese
/// `không tuân thủ: 2 không đạt, 1 chưa rõ, 7 đạt, 12 không áp dụng`. Errors are named
/// only when there are some.
public enum SummaryLine {
    /// The order of the counts: what needs attention first.
    public static let order: [CheckStatus] = [.fail, .unknown, .error, .pass, .notApplicable]

    public static func text(for report: ProfileReport, language: Language? = nil) -> String {
        let words = ReportVocabulary(language ?? report.language)
        let counts = order.compactMap { status -> String? in
            let count = report.count(status)
            if status == .error && count == 0 { return nil }
            return words.status(status, count: count)
        }
        return words.verdict(report.verdict) + ": " + counts.joined(separator: ", ")
    }
}
