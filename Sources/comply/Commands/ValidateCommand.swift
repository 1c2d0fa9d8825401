import ArgumentParser
import Comply
import ComplyReports

/// `comply validate [PATH…]`: decodes and compiles rule packs, printing every problem at
/// `file:line:col` with a hint, the way a compiler does.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Decode and compile rule packs, reporting every problem with its location.",
        discussion: """
            Each PATH is a pack file, a pack folder or a folder of packs (default: the bundled \
            Rules/). Diagnostics go to standard error; each pack that compiles is listed on \
            standard output, then a summary line.

            With --format sarif, the diagnostics are also written as a SARIF 2.1.0 log, for \
            code-scanning services to annotate the lines: to standard output (instead of the \
            list of packs), or to the --output file, written whole.

            Exit status: 0 when no pack has an error (warnings allowed); 2 otherwise.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case sarif
    }

    @Argument(help: "Pack files or folders (default: the bundled Rules/).")
    var paths: [String] = []

    @Option(help: "text, or sarif for a SARIF 2.1.0 log of the diagnostics.")
    var format: Format = .text

    @Option(help: "Write the SARIF log to this file (replaced whole) instead of standard output.")
    var output: String?

    func validate() throws {
        if output != nil && format == .text {
            throw ValidationError("--output writes a SARIF log; add --format sarif")
        }
    }

    func run() throws {
        let diagnosticOutput = DiagnosticOutput()
        let rules = try RuleSet.loadReporting(RuleSet.Request(paths: paths), to: diagnosticOutput)
        let errors = rules.diagnostics.count { $0.severity == .error }
        if format == .sarif {
            let log = SARIFReporter().render(rules.diagnostics, exitCode: errors > 0 ? 2 : 0)
            try ReportFile.write(log, to: output)
            guard output != nil else {
                if errors > 0 { throw ExitCode(2) }
                return
            }
        }

        let terminal = Terminal.standardOutput
        for pack in rules.packs {
            let mark = TextStyle.green.apply(StatusSymbol.symbol(for: .pass), colour: terminal.colours)
            let tests = pack.pack.tests.count
            terminal.line(
                "\(mark) \(pack.id)@\(pack.version)  \(pack.pack.file)  "
                    + "(\(Self.plural(pack.checks.count, "check")), \(Self.plural(tests, "test")))")
        }
        let warnings = rules.diagnostics.count { $0.severity == .warning }
        let summary =
            "\(Self.plural(rules.packsFound, "pack")): \(Self.plural(errors, "error")), "
            + Self.plural(warnings, "warning")
        terminal.line(errors == 0 ? summary : terminal.styled(summary, .red))
        if errors > 0 { throw ExitCode(2) }
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
