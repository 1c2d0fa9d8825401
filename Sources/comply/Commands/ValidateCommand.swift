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

            Exit status: 0 when no pack has an error (warnings allowed); 2 otherwise.
            """
    )

    @Argument(help: "Pack files or folders (default: the bundled Rules/).")
    var paths: [String] = []

    func run() throws {
        let output = DiagnosticOutput()
        let rules = try RuleSet.loadReporting(RuleSet.Request(paths: paths), to: output)

        let terminal = Terminal.standardOutput
        for pack in rules.packs {
            let mark = TextStyle.green.apply(StatusSymbol.symbol(for: .pass), colour: terminal.colours)
            let tests = pack.pack.tests.count
            terminal.line(
                "\(mark) \(pack.id)@\(pack.version)  \(pack.pack.file)  "
                    + "(\(Self.plural(pack.checks.count, "check")), \(Self.plural(tests, "test")))")
        }
        let errors = rules.diagnostics.count { $0.severity == .error }
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
