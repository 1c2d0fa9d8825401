import YAML

/// One problem found in a rule pack, a schema or a profile, at the place it was seen.
///
/// Decoders collect every problem they can find before giving up, so an author fixes a
/// pack in one pass; the reporter renders them once, the way compilers print:
///
/// ```text
/// Rules/sps/cn-fresh-fruit.pack.yaml:14:5: error: unknown key "severty" in a check
///   hint: did you mean "severity"?
/// ```
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var range: SourceRange
    /// What is wrong and what was expected, in one sentence without a trailing period.
    public var message: String
    /// What the author might do about it.
    public var hint: String?

    public init(_ severity: Severity = .error, at range: SourceRange, _ message: String, hint: String? = nil)
    {
        self.severity = severity
        self.range = range
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(range): \(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// A failure that carries every diagnostic found (at least one error).
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects diagnostics while decoding; decoders keep going after an error so that one
/// run reports every problem.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public mutating func error(_ range: SourceRange, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: range, message, hint: hint))
    }

    public mutating func warning(_ range: SourceRange, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: range, message, hint: hint))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
