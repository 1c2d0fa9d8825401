import YAML

/// An input (a profile, an `eval` input file, a `--var` value) that cannot become CEL
/// values, located at the node where the problem was seen.
///
/// Rendered the way compilers print, like ``YAMLError``:
///
/// ```text
/// mango.yaml:4:3: error: mapping keys must be scalars
///   hint: write the key as a plain string
/// ```
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var range: SourceRange
    public var message: String
    public var hint: String?

    public init(range: SourceRange, message: String, hint: String? = nil) {
        self.range = range
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(range): error: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
