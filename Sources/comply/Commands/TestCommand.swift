import ArgumentParser
import Comply
import ComplyReports
import Foundation

/// `comply test [PATH…]`: runs the tests embedded in rule packs and reports each one,
/// with the expectation that failed at its `file:line:col`.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the tests embedded in rule packs.",
        discussion: """
            Each PATH is a pack file, a pack folder or a folder of packs (default: the bundled \
            Rules/). Each test evaluates its profile against its own pack as of its day \
            (default: today) and compares the statuses with its expectations. Every test is \
            printed with ✔ or ✘, each broken expectation under it at its line, then the \
            checks that no test makes pass or no test makes fail, then \
            `N passed, M failed`.

            Exit status: 0 when every test passes; 1 when one fails (or, with \
            --require-coverage, when a check is not tested both ways); 2 when a pack does not \
            load or compile.
            """
    )

    @Argument(help: "Pack files or folders (default: the bundled Rules/).")
    var paths: [String] = []

    @Flag(help: "Fail when a check has no test that makes it pass and one that makes it fail.")
    var requireCoverage = false

    func run() throws {
        let output = DiagnosticOutput()
        let rules = try RuleSet.loadReporting(RuleSet.Request(paths: paths), to: output)
        guard !rules.hasErrors, let schema = rules.schema else { throw ExitCode(2) }

        let terminal = Terminal.standardOutput
        let runner = PackTestRunner(schema: schema, today: CivilDate(Date()))
        var passed = 0
        var failed = 0
        for pack in rules.packs {
            for outcome in runner.run(pack) {
                let mark = StatusSymbol.mark(outcome.passed ? .pass : .fail, colour: terminal.colours)
                terminal.line("\(mark) \(pack.id): \(outcome.test.name)")
                for problem in outcome.problems {
                    terminal.line("    " + problem.replacingOccurrences(of: "\n", with: "\n      "))
                }
                if outcome.passed { passed += 1 } else { failed += 1 }
            }
        }
        var untested = 0
        for pack in rules.packs {
            for gap in PackTestCoverage(pack.pack).gaps {
                let missing = gap.missing.map(\.rawValue).joined(separator: " or ")
                terminal.line("⚠ \(pack.id): check \(gap.checkID): no test makes it \(missing)")
                untested += 1
            }
        }
        var summary = "\(passed) passed, \(failed) failed"
        if untested > 0 { summary += " (\(untested) check\(untested == 1 ? "" : "s") not tested both ways)" }
        let bad = failed > 0 || (requireCoverage && untested > 0)
        terminal.line(bad ? terminal.styled(summary, .red) : summary)
        if bad { throw ExitCode(1) }
    }
}
