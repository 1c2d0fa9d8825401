import YAML

/// A `let`: a named CEL value, computed once per subject and shown in explanations.
///
/// ```yaml
/// let:
///   rvc: origin.rvc(export.fob_value, product.non_originating_value)
///   threshold: {expr: "40.0", label: {en: "ATIGA RVC threshold", vi: "Ngưỡng RVC của ATIGA"}}
/// ```
public struct NamedExpression: Sendable, Hashable {
    public var name: String
    public var nameRange: SourceRange
    public var expression: CELExpression
    /// How an explanation names the value, when the name alone is not clear to a reader.
    public var label: LocalizedText?

    public init(
        name: String, nameRange: SourceRange = .generated, expression: CELExpression,
        label: LocalizedText? = nil
    ) {
        self.name = name
        self.nameRange = nameRange
        self.expression = expression
        self.label = label
    }
}
