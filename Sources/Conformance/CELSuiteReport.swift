/// The outcome of a run of the CEL conformance suite, file by file.
public struct CELSuiteReport: Sendable {
    /// One case that did not pass.
    public struct Failure: Sendable, Hashable {
        /// `file:line`.
        public var identity: String
        /// `section/name`, for people: names are not unique.
        public var name: String
        public var reason: String

        public init(identity: String, name: String, reason: String) {
            self.identity = identity
            self.name = name
            self.reason = reason
        }
    }

    /// The outcome of one case file.
    public struct File: Sendable {
        /// The file's name, e.g. `basic.jsonl`.
        public var name: String
        public var total: Int
        public var failures: [Failure]

        public var passed: Int { total - failures.count }

        public init(name: String, total: Int, failures: [Failure]) {
            self.name = name
            self.total = total
            self.failures = failures
        }
    }

    public var files: [File]

    public init(files: [File]) {
        self.files = files
    }

    public var total: Int { files.reduce(0) { $0 + $1.total } }
    public var failed: Int { files.reduce(0) { $0 + $1.failures.count } }
    public var passed: Int { total - failed }
    public var failures: [Failure] { files.flatMap(\.failures) }

    /// The file's report by name (`basic.jsonl` or `basic`).
    public func file(_ name: String) -> File? {
        files.first { $0.name == name || $0.name == name + ".jsonl" }
    }

    /// The lines the runner prints: per file `name: passed/total`, each failure
    /// indented under its file, and last `N passed, M failed`.
    public var lines: [String] {
        var lines: [String] = []
        for file in files {
            lines.append("\(file.name): \(file.passed)/\(file.total)")
            for failure in file.failures {
                lines.append("  FAIL \(failure.identity) \(failure.name): \(failure.reason)")
            }
        }
        lines.append("\(passed) passed, \(failed) failed")
        return lines
    }
}
