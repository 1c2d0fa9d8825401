import CEL

/// One test of the CEL conformance suite (one line of a `.jsonl` case file; see
/// `Tests/ConformanceTests/cel/README.md` for the format).
public struct CELCase: Sendable {
    /// What a case expects of the expression.
    public enum Expectation: Sendable {
        /// Evaluates to this value (type and value).
        case value(Value)
        /// Fails to parse, fails to check, or evaluates to an error.
        case error
        /// Checks to this type (`CELType.description`), then, unless check-only,
        /// evaluates to the value.
        case deducedType(String, value: Value?)
        /// Evaluates to an unknown.
        case unknown
    }

    /// The case file's name, e.g. `basic.jsonl`.
    public var file: String
    /// The 1-based line of the case in its file.
    public var line: Int
    public var section: String
    public var name: String
    public var expression: String
    /// Values of variables during evaluation.
    public var bindings: [String: Value]
    /// Declared variables, by name.
    public var variables: [String: CELType]
    /// Declared functions (signatures only: the suite uses them to test the checker).
    public var functions: [Function]
    public var expectation: Expectation
    public var disableCheck: Bool
    public var disableMacros: Bool
    public var checkOnly: Bool
    /// Why the case cannot run although its line is well formed (the engine refused
    /// to build one of its timestamp or duration values); the case then fails.
    public var setupFailure: String?

    /// `file:line`, the case's identity: names are not unique upstream.
    public var identity: String { "\(file):\(line)" }
}
