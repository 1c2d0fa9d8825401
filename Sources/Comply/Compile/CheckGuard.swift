import CEL

/// A conjunct of a check's `when` that compares one field of a binding (or of a profile
/// variable) with constants: `export.market == "CN"`, `export.market in ["CN", "HK"]`.
///
/// The evaluator tests it with one map lookup before evaluating anything, so a check for
/// China costs nothing for an export to the EU: the subject is `not_applicable` at once.
/// A subject whose field is missing or not a string is not skipped; its `when` decides.
public struct CheckGuard: Sendable, Hashable {
    /// A `for_each` name or a profile variable.
    public let root: String
    public let field: String
    public let allowed: Set<String>

    public init(root: String, field: String, allowed: Set<String>) {
        self.root = root
        self.field = field
        self.allowed = allowed
    }

    /// False only when `value` is a map whose `field` is a string outside `allowed`.
    public func admits(_ value: Value) -> Bool {
        guard case .map(let map) = value, case .string(let text)? = map[.string(field)] else { return true }
        return allowed.contains(text)
    }
}
