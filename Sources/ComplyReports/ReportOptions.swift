import Comply

/// What a reporter shows and how.
public struct ReportOptions: Sendable, Hashable {
    /// The statuses whose results are listed (all are always counted in the summary).
    /// By default everything but `not_applicable`.
    public var shown: Set<CheckStatus>
    /// Show each result's explanation: the condition tree, values and numeric gaps.
    public var explain: Bool
    /// Colour the text output (decided by ``ColourPolicy``).
    public var colour: Bool
    /// Wrap text output at this many columns; nil leaves lines unwrapped.
    public var width: Int?

    public static let defaultShown: Set<CheckStatus> = [.pass, .fail, .unknown, .error]

    public init(
        shown: Set<CheckStatus> = ReportOptions.defaultShown, explain: Bool = false, colour: Bool = false,
        width: Int? = 100
    ) {
        self.shown = shown
        self.explain = explain
        self.colour = colour
        self.width = width
    }

    /// Parses `--show`: statuses separated by commas (`fail,unknown`), or `all`.
    /// Fails with the first word that names no status.
    public static func statuses(from text: String) -> Result<Set<CheckStatus>, UnknownStatus> {
        var statuses: Set<CheckStatus> = []
        for word in text.split(separator: ",").map({ $0.trimmingSpaces }) where !word.isEmpty {
            if word == "all" {
                statuses.formUnion(CheckStatus.allCases)
            } else if let status = CheckStatus(rawValue: word) ?? Self.aliases[word] {
                statuses.insert(status)
            } else {
                return .failure(UnknownStatus(word: word))
            }
        }
        return .success(statuses)
    }

    private static let aliases: [String: CheckStatus] = [
        "passed": .pass, "failed": .fail, "na": .notApplicable, "not-applicable": .notApplicable,
        "errors": .error,
    ]

    /// A `--show` word that names no status.
    public struct UnknownStatus: Error, Sendable, CustomStringConvertible {
        public var word: String

        public var description: String {
            var text = "unknown status \"\(word)\""
            let words = CheckStatus.allCases.map(\.rawValue) + ["all"]
            if let hint = DidYouMean.hint(for: word, among: words) { text += "; \(hint)" }
            return text + " (statuses: \(words.joined(separator: ", ")))"
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
