/// A function the checker and the evaluator know: its name and its overloads.
///
/// Names are as called: `size`, `startsWith`, `math.greatest`, `_+_`.
public struct Function: Sendable {
    public var name: String
    public var overloads: [Overload]
    /// An implementation for all overloads at once, switching on the runtime
    /// kinds of its arguments. The standard library uses it for speed; when it is
    /// `nil`, the evaluator picks the first overload whose parameter types match
    /// the arguments' runtime types and calls that overload's implementation.
    public var dispatcher: Implementation?

    public init(name: String, overloads: [Overload], dispatcher: Implementation? = nil) {
        self.name = name
        self.overloads = overloads
        self.dispatcher = dispatcher
    }
}

/// One typed signature of a function.
public struct Overload: Sendable {
    /// Unique across the environment, e.g. `add_int64`, `string_starts_with`.
    public var id: String
    /// Parameter types; for a receiver-style overload the receiver is first.
    public var parameters: [CELType]
    public var result: CELType
    /// Called as `x.f(y)` rather than `f(x, y)`.
    public var isMember: Bool
    /// Names of type parameters used in `parameters` and `result` (`T`, `K`, `V`).
    public var typeParameters: [String]
    /// The implementation; `nil` when the ``Function/dispatcher`` handles it.
    public var implementation: Implementation?

    public init(
        _ id: String, _ parameters: [CELType], _ result: CELType, member: Bool = false,
        typeParameters: [String] = [], implementation: Implementation? = nil
    ) {
        self.id = id
        self.parameters = parameters
        self.result = result
        self.isMember = member
        self.typeParameters = typeParameters
        self.implementation = implementation
    }
}

/// A function body. Arguments are never errors or unknowns: the evaluator
/// propagates those before calling (CEL functions are strict). A body reports
/// failure by returning `.error(EvalError(...))`.
public enum Implementation: Sendable {
    case unary(@Sendable (Value) -> Value)
    case binary(@Sendable (Value, Value) -> Value)
    case ternary(@Sendable (Value, Value, Value) -> Value)
    case variadic(@Sendable ([Value]) -> Value)
}

/// A set of functions (and the variables or macros they need) that an
/// ``Environment`` can include: the standard library, the extension libraries
/// (strings, math, encoders, optionals), or a host's own.
public struct Library: Sendable {
    public var name: String
    public var functions: [Function]
    /// Macros this library adds to the parser (by name, e.g. `optMap`).
    public var macros: [String]

    public init(name: String, functions: [Function], macros: [String] = []) {
        self.name = name
        self.functions = functions
        self.macros = macros
    }
}
