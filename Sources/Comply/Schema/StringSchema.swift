/// A string schema: its allowed values, the pattern its text must match, and its format.
///
/// A `date` string (`format: date`) is written `YYYY-MM-DD` and decodes to a CEL
/// timestamp at 00:00 UTC, so rules compare dates with `<` and subtract them.
public struct StringSchema: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case date
    }

    /// `enum`: the only values allowed, in the order the schema lists them.
    public var allowed: [String]?
    /// `pattern`: a regular expression (Swift `Regex` syntax) the whole text must match.
    /// Regex values are not `Sendable`, so the schema keeps the source and decoders
    /// compile it once per decoding run.
    public var pattern: String?
    public var format: Format?

    public init(allowed: [String]? = nil, pattern: String? = nil, format: Format? = nil) {
        self.allowed = allowed
        self.pattern = pattern
        self.format = format
    }
}
