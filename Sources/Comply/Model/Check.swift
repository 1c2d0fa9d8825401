import YAML

/// One obligation of a pack, evaluated for each subject its `for_each` bindings produce.
///
/// ```yaml
/// - id: cn-fruit-growing-area-code
///   title: {en: "Growing area registered with GACC", vi: "Vùng trồng được GACC cấp mã"}
///   for_each: {product: products, export: product.exports}
///   when: export.market == "CN"
///   require: has(product.growing_area_code)
///   cite: [{source: gacc-248, article: "Art. 7"}]
/// ```
public struct Check: Sendable, Hashable, Identifiable {
    /// Unique within the pack: lower-case letters, digits, `-`, `_` and `.`.
    public var id: String
    public var idRange: SourceRange
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Ordered bindings; empty means the check runs once, on the whole profile.
    public var forEach: [ForEachBinding]
    /// Applicability; nil means always applicable.
    public var when: CELExpression?
    /// Check-level named values, in order; each may use the ones before it.
    public var lets: [NamedExpression]
    public var require: Condition
    public var severity: Severity
    /// Built on a fact that is a recollection or disputed; its messages must say so.
    public var provisional: Bool
    public var citations: [Citation]
    public var messages: Messages
    public var remediation: LocalizedText?
    public var effective: EffectiveWindow?
    public var tags: [String]
    /// The whole check mapping.
    public var range: SourceRange

    public init(
        id: String, idRange: SourceRange = .generated, title: LocalizedText,
        description: LocalizedText? = nil,
        forEach: [ForEachBinding] = [], when: CELExpression? = nil, lets: [NamedExpression] = [],
        require: Condition, severity: Severity = .error, provisional: Bool = false,
        citations: [Citation] = [],
        messages: Messages = Messages(), remediation: LocalizedText? = nil, effective: EffectiveWindow? = nil,
        tags: [String] = [], range: SourceRange = .generated
    ) {
        self.id = id
        self.idRange = idRange
        self.title = title
        self.description = description
        self.forEach = forEach
        self.when = when
        self.lets = lets
        self.require = require
        self.severity = severity
        self.provisional = provisional
        self.citations = citations
        self.messages = messages
        self.remediation = remediation
        self.effective = effective
        self.tags = tags
        self.range = range
    }

    /// True when the check applies on `date` (no window means always).
    public func isEffective(on date: CivilDate) -> Bool {
        effective?.contains(date) ?? true
    }
}
