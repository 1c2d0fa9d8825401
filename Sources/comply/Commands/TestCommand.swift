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
            printed with ✔ or ✘, each broken expectation under it at its line, then \
            `N passed, M failed`.

            Exit status: 0 when every test passes; 1 when one fails; 2 when a pack does not \
            load or compile.
            """
    )

    @Argument(help: "Pack files or folders (default: the bundled Rules/).")
    var paths: [String] = []

    func run() throws {
        let output = DiagnosticOutput()
        let rules: RuleSet
        switch RuleSet.load(RuleSet.Request(paths: paths)) {
        case .success(let loaded): rules = loaded
        case .failure(let error):
            output.write(error.description)
            throw ExitCode(2)
        }
        output.write(rules.diagnostics)
        guard !rules.hasErrors, let schema = rules.schema else { throw ExitCode(2) }

        let terminal = Terminal.standardOutput
        let runner = EmbeddedTestRunner(schema: schema, today: CivilDate(Date()))
        var passed = 0
        var failed = 0
        for pack in rules.packs {
            for test in pack.pack.tests {
                let problems = runner.run(test, of: pack)
                let mark = StatusSymbol.mark(problems.isEmpty ? .pass : .fail, colour: terminal.colours)
                terminal.line("\(mark) \(pack.id): \(test.name)")
                for problem in problems { terminal.line("    " + problem) }
                if problems.isEmpty { passed += 1 } else { failed += 1 }
            }
        }
        let summary = "\(passed) passed, \(failed) failed"
        terminal.line(failed == 0 ? summary : terminal.styled(summary, .red))
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Runs one embedded pack test: decodes its profile (a file beside the pack, or written
/// inline), evaluates it against the pack as of the test's day, and compares each
/// expectation (`check: status` for every subject of the check, or `check[path]: status`
/// for one) with the results. Returns the broken expectations, each located.
struct EmbeddedTestRunner {
    var schema: ProfileSchema
    /// The day of a test that gives none.
    var today: CivilDate

    func run(_ test: PackTest, of pack: CompiledPack) -> [String] {
        let decoded: DecodedProfile
        switch test.profile {
        case .file(_, let resolvedPath, _):
            decoded = ProfileLoader(schema: schema).load(contentsOfFile: resolvedPath)
        case .inline(let node):
            decoded = ProfileDecoder(schema: schema).decode(node, file: pack.pack.file)
        }
        guard !decoded.hasErrors, let profile = decoded.profile else {
            var problems = ["\(test.range): the test's profile does not decode:"]
            problems += decoded.diagnostics.map {
                "  " + $0.description.replacingOccurrences(of: "\n", with: "\n      ")
            }
            return problems
        }
        let evaluator = Evaluator(options: EvaluationOptions(explain: false, includeNotApplicable: true))
        let report = evaluator.evaluate(profile: profile, packs: [pack], asOf: test.asOf ?? today)

        var problems: [String] = []
        for expectation in test.expectations {
            let results = report.results.filter { result in
                result.checkID == expectation.checkID
                    && (expectation.subject.map { $0 == result.subject.path } ?? true)
            }
            let key = expectation.checkID + (expectation.subject.map { "[\($0)]" } ?? "")
            guard !results.isEmpty else {
                let reason =
                    pack.pack.check(expectation.checkID) == nil
                    ? "the pack has no check \"\(expectation.checkID)\""
                    : "no result for \(key) (no such subject, or the check is not in force on \(report.asOf))"
                problems.append("\(expectation.range): \(reason)")
                continue
            }
            for result in results where result.status != expectation.status {
                let subject = result.subject.path.isEmpty ? "the profile" : result.subject.path
                var reason =
                    "\(expectation.range): \(key): expected \(expectation.status.rawValue), "
                    + "got \(result.status.rawValue) for \(subject)"
                if !result.message.isEmpty { reason += ": \(result.message)" }
                if !result.missing.isEmpty {
                    reason += " (missing: \(result.missing.joined(separator: ", ")))"
                }
                if let error = result.error { reason += " (\(error))" }
                problems.append(reason)
            }
        }
        return problems
    }
}
