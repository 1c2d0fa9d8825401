/// The outcome of one check for one subject.
///
/// The raw values are the words used in pack tests, JSON output and `--show`.
public enum CheckStatus: String, Sendable, Hashable, CaseIterable {
    case pass
    case fail
    /// The check's `when` is false, or it is outside its effective window.
    case notApplicable = "not_applicable"
    /// A fact the check needs is missing from the profile.
    case unknown
    /// A fault in the rule or a plugin; never counted as a pass.
    case error
}
