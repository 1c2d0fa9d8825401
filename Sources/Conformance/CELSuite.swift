#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The CEL conformance suite: a directory of `.jsonl` case files in the format of
/// `Tests/ConformanceTests/cel/README.md`.
///
///     let report = try CELSuite(directory: "Tests/ConformanceTests/cel").run()
///     print(report.lines.joined(separator: "\n"))
public struct CELSuite: Sendable {
    public var directory: String
    /// Only these files (`basic` or `basic.jsonl`); every `*.jsonl` file when empty.
    public var files: [String]

    public init(directory: String, files: [String] = []) {
        self.directory = directory
        self.files = files
    }

    /// A problem with the suite itself (a missing directory or file, a malformed case).
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The case file names to run, sorted.
    public func caseFiles() throws -> [String] {
        let all: [String]
        do {
            all = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".jsonl") }.sorted()
        } catch {
            throw LoadError(description: "\(directory): error: cannot list the case files (\(error))")
        }
        if files.isEmpty { return all }
        return try files.map { requested in
            let name = requested.hasSuffix(".jsonl") ? requested : requested + ".jsonl"
            guard all.contains(name) else {
                throw LoadError(description: "\(directory): error: no case file \(name)")
            }
            return name
        }
    }

    /// Reads every case of one file.
    public func cases(in file: String) throws -> [CELCase] {
        let path = directory.hasSuffix("/") ? directory + file : directory + "/" + file
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): error: cannot read the file")
        }
        let decoder = CELCaseDecoder()
        var cases: [CELCase] = []
        let lines = String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            cases.append(try decoder.decode(String(line), file: file, line: index + 1))
        }
        return cases
    }

    /// Runs the selected files.
    public func run() throws -> CELSuiteReport {
        let runner = CELCaseRunner()
        var report = CELSuiteReport(files: [])
        for file in try caseFiles() {
            let cases = try cases(in: file)
            var failures: [CELSuiteReport.Failure] = []
            for testCase in cases {
                if case .failed(let reason) = runner.run(testCase) {
                    failures.append(
                        CELSuiteReport.Failure(
                            identity: testCase.identity, name: "\(testCase.section)/\(testCase.name)",
                            reason: reason)
                    )
                }
            }
            report.files.append(CELSuiteReport.File(name: file, total: cases.count, failures: failures))
        }
        return report
    }
}
