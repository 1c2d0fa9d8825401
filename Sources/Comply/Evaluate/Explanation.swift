import CEL

/// Why a check reached its status: the condition tree with each node's outcome, the value
/// of every sub-expression of its leaves (power-assert style), the numeric gaps of failed
/// comparisons, and the lets' values.
public struct Explanation: Sendable {
    /// The `when` applicability test, when the check has one and it was evaluated.
    public var when: ConditionExplanation?
    /// The `require` tree; nil when the check did not get that far (not applicable, or
    /// its `when` or bindings were unknown or failed).
    public var condition: ConditionExplanation?
    /// The lets (the pack's the check uses, then the check's), in evaluation order.
    public var lets: [LetValue]

    public init(
        when: ConditionExplanation? = nil, condition: ConditionExplanation? = nil, lets: [LetValue] = []
    ) {
        self.when = when
        self.condition = condition
        self.lets = lets
    }
}

/// One node of an explained condition tree.
public struct ConditionExplanation: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case expression
        case all
        case any
        case not
    }

    public var kind: Kind
    /// Child indices from the root of `require` (empty for the root and for `when`).
    public var path: Condition.Path
    public var label: LocalizedText?
    /// The CEL text of a leaf.
    public var expression: String?
    /// pass, fail, unknown or error.
    public var outcome: CheckStatus
    /// The leaf's value, written as CEL (`false`, `35.2`); nil for tree nodes.
    public var value: String?
    /// Sub-expressions and their values, in source order (only when explaining).
    public var values: [ObservedValue]
    /// Failed numeric comparisons inside the leaf (only when explaining).
    public var gaps: [NumericGap]
    /// Missing facts this node depends on, as profile paths.
    public var missing: [String]
    /// The fault, for an `error` outcome.
    public var error: String?
    public var children: [ConditionExplanation]

    public init(
        kind: Kind, path: Condition.Path, label: LocalizedText?, expression: String? = nil,
        outcome: CheckStatus,
        value: String? = nil, values: [ObservedValue] = [], gaps: [NumericGap] = [], missing: [String] = [],
        error: String? = nil, children: [ConditionExplanation] = []
    ) {
        self.kind = kind
        self.path = path
        self.label = label
        self.expression = expression
        self.outcome = outcome
        self.value = value
        self.values = values
        self.gaps = gaps
        self.missing = missing
        self.error = error
        self.children = children
    }
}

/// A sub-expression's source text and the value it had: `product.hs_code` = `"080450"`.
public struct ObservedValue: Sendable {
    public var text: String
    public var value: Value

    public init(text: String, value: Value) {
        self.text = text
        self.value = value
    }

    /// The value written as CEL, unknowns and errors in words.
    public var display: String { value.description }
}

/// A let's value for one subject.
public struct LetValue: Sendable {
    public var name: String
    public var label: LocalizedText?
    public var expression: String
    public var value: Value

    public init(name: String, label: LocalizedText?, expression: String, value: Value) {
        self.name = name
        self.label = label
        self.expression = expression
        self.value = value
    }
}
