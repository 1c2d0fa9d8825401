/// The cases a suite is known to fail, so that a run can tell a regression (a new
/// failure) from a stale list (a listed case that now passes).
///
/// The file holds one entry per line, `file:line  # name: reason`; blank lines and
/// lines starting with `#` are comments.
public struct KnownFailures: Sendable, Equatable {
    /// Case identities (`file:line`).
    public var identities: Set<String>

    public init(identities: Set<String> = []) {
        self.identities = identities
    }

    /// Reads the list's text.
    public init(text: String) {
        var identities = Set<String>()
        for line in text.split(separator: "\n") {
            let entry = line.prefix { $0 != "#" }.filter { !$0.isWhitespace }
            if !entry.isEmpty { identities.insert(entry) }
        }
        self.identities = identities
    }

    /// The list's text for the failures of a report, one commented entry per failure.
    public static func text(for failures: [CELSuiteReport.Failure], header: String) -> String {
        var text = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }
            .joined()
        for failure in failures {
            text += "\(failure.identity)  # \(failure.name): \(failure.reason)\n"
        }
        return text
    }

    /// How a report differs from this list. Only listed cases of files the report
    /// ran can be stale, so a run of a few files does not flag the rest of the list.
    public func compare(with report: CELSuiteReport) -> KnownFailuresComparison {
        let failures = report.failures
        let failed = Set(failures.map(\.identity))
        let filesRun = Set(report.files.map(\.name))
        return KnownFailuresComparison(
            regressions: failures.filter { !identities.contains($0.identity) },
            stale: identities.filter { identity in
                let file = String(identity.prefix { $0 != ":" })
                return filesRun.contains(file) && !failed.contains(identity)
            }.sorted()
        )
    }
}

/// The difference between a run and a known-failures list.
public struct KnownFailuresComparison: Sendable {
    /// Failures not on the list.
    public var regressions: [CELSuiteReport.Failure]
    /// Listed identities that ran and passed.
    public var stale: [String]

    public var isClean: Bool { regressions.isEmpty && stale.isEmpty }
}
