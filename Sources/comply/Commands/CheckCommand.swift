import ArgumentParser
import CEL
import Comply
import ComplyReports
import Foundation

/// `comply check PROFILE…`: evaluates enterprise profiles against the rule packs and
/// reports every check, with the law cited and the next step named.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check enterprise profiles against the rule packs.",
        discussion: """
            Without --packs, the bundled Rules/ folder is used (found through COMPLY_RULES, \
            next to the current directory's Package.swift, or above the comply executable).

            Exit status: 0 when every profile is compliant; 1 when one is non_compliant \
            (an error-severity check fails) or incomplete (facts are missing); 2 on bad \
            usage or bad input (a pack, the schema or a profile that does not decode; \
            the other profiles are still checked and reported).
            """
    )

    @Argument(help: "Profile files (YAML or JSON).")
    var profiles: [String] = []

    @OptionGroup var evaluation: EvaluationArguments

    @Option(help: "Report only on exports to this market, e.g. CN (repeatable).")
    var market: [String] = []

    @Option(help: "The output format: text, json or markdown.")
    var format: String = "text"

    @Flag(help: "Explain each result: the condition tree, sub-expression values and numeric gaps.")
    var explain = false

    func validate() throws {
        if profiles.isEmpty {
            throw ValidationError(
                "give at least one profile file, e.g. comply check Examples/profiles/yen-chau-mango-coop.yaml"
            )
        }
        _ = try parsed()
    }

    enum Format: String, CaseIterable {
        case text, json, markdown
    }

    private func parsed() throws -> (EvaluationArguments.Parsed, Format) {
        guard let format = Format(rawValue: format) else {
            let names = Format.allCases.map(\.rawValue)
            let hint = DidYouMean.hint(for: self.format, among: names).map { " (\($0))" } ?? ""
            throw ValidationError("--format \(self.format): expected \(names.joined(separator: ", "))\(hint)")
        }
        return (try evaluation.parsed(), format)
    }

    func run() throws {
        let (options, format) = try parsed()
        let output = DiagnosticOutput()

        let rules = try RuleSet.loadReporting(evaluation.request(options), to: output)
        guard !rules.hasErrors, let schema = rules.schema else { throw ExitCode(2) }

        let evaluator = Evaluator(
            options: EvaluationOptions(
                language: options.language, explain: explain,
                includeNotApplicable: options.shown.contains(.notApplicable) || !market.isEmpty))
        let plan = EvaluationPlan(packs: rules.packs, asOf: options.asOf)
        let loader = ProfileLoader(schema: schema)
        let filter = MarketFilter(markets: market)

        var reports: [ProfileReport] = []
        var badInput = false
        for path in profiles {
            let decoded = loader.load(contentsOfFile: path)
            output.write(decoded.diagnostics)
            guard !decoded.hasErrors, let profile = decoded.profile else {
                badInput = true
                continue
            }
            let report = evaluator.evaluate(profile: profile, plan: plan)
            reports.append(filter.apply(to: report, profile: profile.value))
        }

        if !reports.isEmpty {
            let set = ReportSet(asOf: options.asOf, language: options.language, reports: reports)
            Terminal.standardOutput.write(reporter(options, format: format).render(set))
        }
        if badInput { throw ExitCode(2) }
        let status = reports.map(\.verdict.exitCode).max() ?? 0
        if status != 0 { throw ExitCode(status) }
    }

    private func reporter(_ options: EvaluationArguments.Parsed, format: Format) -> any Reporter {
        let terminal = Terminal.standardOutput
        var reportOptions = ReportOptions(shown: options.shown, explain: explain, colour: terminal.colours)
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
            reportOptions.width = min(columns, 120)
        }
        switch format {
        case .text: return TextReporter(options: reportOptions)
        case .json:
            reportOptions.colour = false
            return JSONReporter(options: reportOptions)
        case .markdown:
            reportOptions.colour = false
            return MarkdownReporter(options: reportOptions)
        }
    }
}
