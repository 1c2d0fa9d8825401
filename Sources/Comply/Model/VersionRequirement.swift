/// A range of acceptable versions, written as space- or comma-separated comparators that
/// must all hold: `>=1`, `>=1.2 <2`, `^1.4`, `~1.2.0`, `=2.0.0`, `1.x`, `*`.
///
/// Missing minor or patch parts are zero (`>=1` is `>=1.0.0`); `^` allows changes that
/// keep the left-most non-zero part, `~` allows patch changes (minor ones when only the
/// major is given), and `1.x` is `>=1.0.0 <2.0.0`.
///
/// ```swift
/// let requirement = VersionRequirement(">=1.2 <2")!
/// requirement.isSatisfied(by: SemanticVersion("1.4.0")!)   // true
/// ```
public struct VersionRequirement: Sendable, Hashable, CustomStringConvertible {
    public enum Operator: String, Sendable, Hashable {
        case equal = "="
        case greater = ">"
        case greaterOrEqual = ">="
        case less = "<"
        case lessOrEqual = "<="
    }

    public struct Comparator: Sendable, Hashable {
        public var op: Operator
        public var version: SemanticVersion

        public init(_ op: Operator, _ version: SemanticVersion) {
            self.op = op
            self.version = version
        }

        public func isSatisfied(by candidate: SemanticVersion) -> Bool {
            switch op {
            case .equal: return candidate == version
            case .greater: return candidate > version
            case .greaterOrEqual: return candidate >= version
            case .less: return candidate < version
            case .lessOrEqual: return candidate <= version
            }
        }
    }

    /// The text as written, kept for messages.
    public var text: String
    /// All must hold; empty means any version.
    public var comparators: [Comparator]

    public init?(_ text: String) {
        var comparators: [Comparator] = []
        let terms = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        for term in terms {
            guard let expanded = Self.comparators(of: term) else { return nil }
            comparators += expanded
        }
        guard !terms.isEmpty else { return nil }
        self.text = text
        self.comparators = comparators
    }

    public func isSatisfied(by version: SemanticVersion) -> Bool {
        comparators.allSatisfy { $0.isSatisfied(by: version) }
    }

    public var description: String { text }

    private static func comparators(of term: Substring) -> [Comparator]? {
        if term == "*" || term == "x" { return [] }
        for prefix in [">=", "<=", ">", "<", "=", "^", "~"] where term.hasPrefix(prefix) {
            let rest = term.dropFirst(prefix.count)
            guard let partial = PartialVersion(rest) else { return nil }
            switch prefix {
            case "^":
                return [Comparator(.greaterOrEqual, partial.lowest), Comparator(.less, partial.caretLimit)]
            case "~":
                return [Comparator(.greaterOrEqual, partial.lowest), Comparator(.less, partial.tildeLimit)]
            case "=": return partial.isComplete ? [Comparator(.equal, partial.lowest)] : partial.wildcard
            default:
                guard let op = Operator(rawValue: prefix) else { return nil }
                // `<=1.2` admits every 1.2.x, and `>1.2` none of them.
                switch op {
                case .lessOrEqual where !partial.isComplete: return [Comparator(.less, partial.nextLimit)]
                case .greater where !partial.isComplete:
                    return [Comparator(.greaterOrEqual, partial.nextLimit)]
                default: return [Comparator(op, partial.lowest)]
                }
            }
        }
        guard let partial = PartialVersion(term) else { return nil }
        return partial.isComplete ? [Comparator(.equal, partial.lowest)] : partial.wildcard
    }
}

/// `1`, `1.2`, `1.2.3`, `1.x`, `1.2.*` or a full version with pre-release.
private struct PartialVersion {
    var major: Int
    var minor: Int?
    var patch: Int?
    var full: SemanticVersion?

    init?(_ text: Substring) {
        if let full = SemanticVersion(text) {
            self.full = full
            major = full.major
            minor = full.minor
            patch = full.patch
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let major = SemanticVersion.number(parts[0]) else { return nil }
        self.major = major
        var numbers: [Int] = []
        var sawWildcard = false
        for part in parts.dropFirst() {
            if part == "x" || part == "X" || part == "*" {
                sawWildcard = true
            } else if let number = SemanticVersion.number(part), !sawWildcard {
                numbers.append(number)
            } else {
                return nil
            }
        }
        minor = numbers.first
        patch = numbers.count > 1 ? numbers[1] : nil
    }

    var isComplete: Bool { minor != nil && patch != nil }

    var lowest: SemanticVersion {
        full ?? SemanticVersion(major: major, minor: minor ?? 0, patch: patch ?? 0)
    }

    /// The first version past every one this partial version names.
    var nextLimit: SemanticVersion {
        if let minor, let patch { return SemanticVersion(major: major, minor: minor, patch: patch + 1) }
        if let minor { return SemanticVersion(major: major, minor: minor + 1, patch: 0) }
        return SemanticVersion(major: major + 1, minor: 0, patch: 0)
    }

    var wildcard: [VersionRequirement.Comparator] {
        [.init(.greaterOrEqual, lowest), .init(.less, nextLimit)]
    }

    var caretLimit: SemanticVersion {
        if major > 0 || minor == nil { return SemanticVersion(major: major + 1, minor: 0, patch: 0) }
        if let minor, minor > 0 || patch == nil {
            return SemanticVersion(major: 0, minor: minor + 1, patch: 0)
        }
        return SemanticVersion(major: 0, minor: 0, patch: (patch ?? 0) + 1)
    }

    var tildeLimit: SemanticVersion {
        if let minor { return SemanticVersion(major: major, minor: minor + 1, patch: 0) }
        return SemanticVersion(major: major + 1, minor: 0, patch: 0)
    }
}
