import ArgumentParser
import Comply
import ComplyReports
import Foundation

/// The options `check` and `scan` share: which packs, which day, which language, which
/// statuses to list.
struct EvaluationArguments: ParsableArguments {
    @Option(name: .customLong("packs"), help: "A pack file, pack folder or folder of packs (repeatable).")
    var packPaths: [String] = []

    @Option(name: .customLong("pack"), help: "Use only the pack with this id (repeatable).")
    var packIDs: [String] = []

    @Option(
        help:
            "Use only the packs of this domain: fta, sps, investment, trade-remedy, customs, other (repeatable)."
    )
    var domain: [String] = []

    @Option(name: .customLong("as-of"), help: "Evaluate as of this day, YYYY-MM-DD (default: today, UTC).")
    var asOf: String?

    @Option(help: "The language of the report: en or vi.")
    var lang: String = "en"

    @Option(
        help: """
            The statuses to list, comma-separated: pass, fail, unknown, not_applicable, error, \
            or all (default: all but not_applicable).
            """)
    var show: String?

    /// The options in their typed forms.
    struct Parsed {
        var language: Language
        var asOf: CivilDate
        var domains: [Domain]
        var shown: Set<CheckStatus>
    }

    func parsed() throws -> Parsed {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("--lang \(lang): expected en or vi")
        }
        var day = CivilDate(Date())
        if let asOf {
            guard let given = CivilDate(asOf) else {
                throw ValidationError("--as-of \(asOf): expected a date YYYY-MM-DD, e.g. 2026-06-01")
            }
            day = given
        }
        var domains: [Domain] = []
        for name in domain {
            guard let parsed = Domain(rawValue: name) else {
                let names = Domain.allCases.map(\.rawValue)
                let hint = DidYouMean.hint(for: name, among: names).map { "; \($0)" } ?? ""
                throw ValidationError(
                    "--domain \(name): expected one of \(names.joined(separator: ", "))\(hint)")
            }
            domains.append(parsed)
        }
        var shown = ReportOptions.defaultShown
        if let show {
            switch ReportOptions.statuses(from: show) {
            case .success(let statuses): shown = statuses
            case .failure(let error): throw ValidationError("--show \(show): \(error)")
            }
        }
        return Parsed(language: language, asOf: day, domains: domains, shown: shown)
    }

    func request(_ parsed: Parsed) -> RuleSet.Request {
        RuleSet.Request(paths: packPaths, packIDs: packIDs, domains: parsed.domains)
    }
}
