import ArgumentParser
import Conformance
import Foundation

/// `comply-conformance yaml CASES.jsonl`: runs the yaml-test-suite through the YAML loader.
struct YAMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaml",
        abstract: "Run the yaml-test-suite cases (one cases.jsonl) through the YAML loader.",
        discussion: """
            Prints the failing cases, counts per category, and last `N passed, M failed`. \
            With --known-differences, the exit status is 0 when the failures are exactly \
            the listed ones; without it, 0 when every case passes.
            """
    )

    @Argument(help: "The cases file (cases.jsonl).")
    var casesFile: String

    @Option(
        name: .customLong("known-differences"), help: "A list of case ids expected to fail (id  # reason).")
    var knownDifferences: String?

    func run() throws {
        let report: YAMLSuite.Report
        do {
            let known = try knownDifferences.map { try YAMLSuite.knownDifferences(file: $0) } ?? []
            report = try YAMLSuite.run(casesFile: casesFile, knownDifferences: known)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        print(report.render())
        let clean =
            knownDifferences == nil
            ? report.failedCount == 0
            : report.unexpectedFailures.isEmpty && report.unexpectedPasses.isEmpty
                && report.unknownListedIDs.isEmpty
        if !clean { throw ExitCode(1) }
    }
}
