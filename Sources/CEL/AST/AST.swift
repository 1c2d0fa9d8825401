/// A parsed — and, after ``Checker``, type-checked — expression.
public struct AST: Sendable {
    public var source: Source
    public var root: Expr
    /// For each comprehension or `has` select produced by a macro, the call the
    /// author wrote (keyed by the id of the expansion's root node).
    public var macroCalls: [ExprID: Expr]
    /// Set by the checker: the type of every node.
    public var types: [ExprID: CELType]
    /// Set by the checker: what an ident, a select chain or a call refers to.
    public var references: [ExprID: Reference]

    public init(
        source: Source, root: Expr, macroCalls: [ExprID: Expr] = [:], types: [ExprID: CELType] = [:],
        references: [ExprID: Reference] = [:]
    ) {
        self.source = source
        self.root = root
        self.macroCalls = macroCalls
        self.types = types
        self.references = references
    }

    /// Whether the checker has run.
    public var isChecked: Bool { !types.isEmpty }

    /// The type of the whole expression (`dyn` before checking).
    public var resultType: CELType { types[root.id] ?? .dyn }
}

/// What a name or call resolved to during checking.
public enum Reference: Sendable, Hashable {
    /// A declared variable, by its full (possibly qualified, `a.b.c`) name.
    case variable(String)
    /// A function call, with every overload that may apply (one when the
    /// argument types are known, several when some are `dyn`), and the function's
    /// full name (for a namespaced call like `math.greatest`).
    case function(name: String, overloadIDs: [String])
    /// A type name used as a value (`int`, `list`, `google.protobuf.Timestamp`).
    case type(CELType)
    /// A constant the checker folded in (an enum value, a declared constant).
    case constant(Constant)
}
