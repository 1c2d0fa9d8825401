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

            With --format junit, the results are also written as JUnit XML (one testsuite \
            per pack, one testcase per test, and with --require-coverage one per check not \
            tested both ways): to standard output (instead of the listing), or to the \
            --output file, written whole. When a pack does not load, no report is written.

            Exit status: 0 when every test passes; 1 when one fails (or, with \
            --require-coverage, when a check is not tested both ways); 2 when a pack does not \
            load or compile.
            """
    )

    @Argument(help: "Pack files or folders (default: the bundled Rules/).")
    var paths: [String] = []

    @Flag(help: "Fail when a check has no test that makes it pass and one that makes it fail.")
    var requireCoverage = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case junit
    }

    @Option(help: "text, or junit for JUnit XML of the results.")
    var format: Format = .text

    @Option(help: "Write the JUnit XML to this file (replaced whole) instead of standard output.")
    var output: String?

    func validate() throws {
        if output != nil && format == .text {
            throw ValidationError("--output writes JUnit XML; add --format junit")
        }
    }

    func run() throws {
        let started = Date()
        let rules = try RuleSet.loadReporting(RuleSet.Request(paths: paths), to: DiagnosticOutput())
        guard !rules.hasErrors, let schema = rules.schema else { throw ExitCode(2) }

        // The listing goes to standard output unless the XML does.
        let listing: Terminal? = format == .junit && output == nil ? nil : .standardOutput
        let runner = PackTestRunner(schema: schema, today: CivilDate(started))
        let clock = ContinuousClock()
        var passed = 0
        var failed = 0
        var suites: [JUnitReporter.Suite] = []
        for pack in rules.packs {
            var suite = JUnitReporter.Suite(name: pack.id, file: pack.pack.file, cases: [])
            for test in pack.pack.tests {
                let start = clock.now
                let outcome = runner.run(test, of: pack)
                suite.cases.append(
                    JUnitReporter.TestCase(
                        name: test.name, seconds: (clock.now - start).seconds, problems: outcome.problems))
                if let listing {
                    let mark = StatusSymbol.mark(outcome.passed ? .pass : .fail, colour: listing.colours)
                    listing.line("\(mark) \(pack.id): \(test.name)")
                    for problem in outcome.problems {
                        listing.line("    " + problem.replacingOccurrences(of: "\n", with: "\n      "))
                    }
                }
                if outcome.passed { passed += 1 } else { failed += 1 }
            }
            suites.append(suite)
        }
        var untested = 0
        for (index, pack) in rules.packs.enumerated() {
            for gap in PackTestCoverage(pack.pack).gaps {
                let missing = gap.missing.map(\.rawValue).joined(separator: " or ")
                let problem = "check \(gap.checkID): no test makes it \(missing)"
                listing?.line("⚠ \(pack.id): \(problem)")
                // Reported as a case only when coverage is enforced, so the counts of a
                // JUnit report and of the summary line agree.
                if requireCoverage {
                    suites[index].cases.append(
                        JUnitReporter.TestCase(
                            name: "check \(gap.checkID) is tested both ways", seconds: 0,
                            problems: ["\(pack.pack.file): \(problem)"]))
                }
                untested += 1
            }
        }
        var summary = "\(passed) passed, \(failed) failed"
        if untested > 0 { summary += " (\(untested) check\(untested == 1 ? "" : "s") not tested both ways)" }
        let bad = failed > 0 || (requireCoverage && untested > 0)
        if format == .junit {
            let timestamp = ISO8601DateFormatter().string(from: started)
            try ReportFile.write(JUnitReporter(timestamp: timestamp).render(suites), to: output)
        }
        if let listing {
            listing.line(bad ? listing.styled(summary, .red) : summary)
        } else {
            // Standard output carries the XML; the one-line summary still reaches a CI log.
            Terminal.standardError.line(summary)
        }
        if bad { throw ExitCode(1) }
    }
}
