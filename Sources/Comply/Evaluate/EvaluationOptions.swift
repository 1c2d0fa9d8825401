/// How an evaluation is run and what it keeps.
public struct EvaluationOptions: Sendable, Hashable {
    /// The language messages are rendered in (English is the fallback of missing texts).
    public var language: Language
    /// Record the value of every sub-expression of the condition leaves, numeric gaps and
    /// let values. Off, evaluation takes the fast path: statuses, messages and missing
    /// facts only, for scans of many profiles.
    public var explain: Bool
    /// Keep `not_applicable` results in the report (they are always counted).
    public var includeNotApplicable: Bool

    public init(language: Language = .en, explain: Bool = true, includeNotApplicable: Bool = true) {
        self.language = language
        self.explain = explain
        self.includeNotApplicable = includeNotApplicable
    }
}
