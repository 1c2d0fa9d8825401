/// Identifies one node of a parsed expression. Ids are unique within one ``AST``
/// and are the keys of type maps, references and evaluation traces.
public typealias ExprID = Int

/// One node of a CEL expression tree, as in cel-spec's `syntax.proto`.
///
/// Macros (`has`, `all`, `exists`, `exists_one`, `map`, `filter`, optional
/// `optMap`/`optFlatMap`) are expanded by the parser: `has(a.b)` becomes a
/// ``ExprKind/select(operand:field:testOnly:)`` with `testOnly` set, the
/// comprehension macros become ``ExprKind/comprehension(_:)``. The call the
/// author wrote is kept in ``AST/macroCalls`` for explanations.
///
/// Optional syntax is lowered to calls, as cel-go does: `a.?b` is
/// `_?._(a, "b")` and `a[?b]` is `_[?_](a, b)`.
public struct Expr: Sendable, Hashable {
    public var id: ExprID
    /// The characters this node was parsed from (for a call, the whole call).
    public var span: Span
    public var kind: ExprKind

    public init(id: ExprID, span: Span, kind: ExprKind) {
        self.id = id
        self.span = span
        self.kind = kind
    }
}

public indirect enum ExprKind: Sendable, Hashable {
    /// A literal.
    case constant(Constant)
    /// A name: a variable, a type name (`int`), or the first part of a qualified name.
    case ident(String)
    /// `operand.field`; with `testOnly`, the presence test `has(operand.field)`.
    case select(operand: Expr, field: String, testOnly: Bool)
    /// A function call. Operators use their internal names (`_+_`, `_&&_`, `!_`,
    /// `-_`, `_[_]`, `_?_:_`, `@in`, `_==_` …, see ``Operator``). `target` is set
    /// for receiver-style calls (`s.startsWith(p)`) and for namespaced names whose
    /// prefix the parser cannot resolve (`math.greatest(1, 2)` has target
    /// `ident(math)`); the checker and planner resolve the qualified name.
    case call(function: String, target: Expr?, args: [Expr])
    /// `[a, b, ?c]`; `optionalIndices` lists the positions written with `?`.
    case list(elements: [Expr], optionalIndices: [Int])
    /// `{k: v, ?k2: v2}`.
    case map(entries: [MapEntry])
    /// `Name{field: value}` message construction (parsed, not evaluated: Comply has no protobuf).
    case structure(typeName: String, fields: [FieldInitializer])
    /// A fold produced by macro expansion.
    case comprehension(Comprehension)
}

public struct MapEntry: Sendable, Hashable {
    public var id: ExprID
    public var span: Span
    public var key: Expr
    public var value: Expr
    public var isOptional: Bool

    public init(id: ExprID, span: Span, key: Expr, value: Expr, isOptional: Bool) {
        self.id = id
        self.span = span
        self.key = key
        self.value = value
        self.isOptional = isOptional
    }
}

public struct FieldInitializer: Sendable, Hashable {
    public var id: ExprID
    public var span: Span
    public var field: String
    public var value: Expr
    public var isOptional: Bool

    public init(id: ExprID, span: Span, field: String, value: Expr, isOptional: Bool) {
        self.id = id
        self.span = span
        self.field = field
        self.value = value
        self.isOptional = isOptional
    }
}

/// A fold, as in cel-spec:
///
///     accuVar = accuInit
///     for (iterVar[, iterVar2]) in iterRange {
///       if !loopCondition { break }
///       accuVar = loopStep
///     }
///     return result
///
/// Over a list `iterVar` is the element (or, with `iterVar2`, the index and the
/// element); over a map it is the key (or the key and the value).
public struct Comprehension: Sendable, Hashable {
    public var iterVar: String
    public var iterVar2: String?
    public var iterRange: Expr
    public var accuVar: String
    public var accuInit: Expr
    public var loopCondition: Expr
    public var loopStep: Expr
    public var result: Expr

    public init(
        iterVar: String, iterVar2: String? = nil, iterRange: Expr, accuVar: String, accuInit: Expr,
        loopCondition: Expr, loopStep: Expr, result: Expr
    ) {
        self.iterVar = iterVar
        self.iterVar2 = iterVar2
        self.iterRange = iterRange
        self.accuVar = accuVar
        self.accuInit = accuInit
        self.loopCondition = loopCondition
        self.loopStep = loopStep
        self.result = result
    }
}

/// A literal value in the source.
public enum Constant: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
}
