/// The state of one walk of the checker over an expression: the types found so
/// far, the type-parameter bindings, the comprehension variables in scope and the
/// diagnostics. Each node is visited once; `check` returns the node, rewritten
/// where a name resolved to something the parser could not know (see ``Checker``).
struct CheckPass {
    let environment: Environment
    private(set) var types: [ExprID: CELType] = [:]
    var references: [ExprID: Reference] = [:]
    var diagnostics: [Diagnostic] = []
    var substitution = TypeSubstitution()
    /// Comprehension variables, innermost scope last.
    var scopes: [[String: CELType]] = []
    private var freshTypeParameterCount = 0

    init(environment: Environment) {
        self.environment = environment
    }

    mutating func check(_ expr: Expr) -> Expr {
        switch expr.kind {
        case .constant(let constant):
            setType(expr, constant.type)
            return expr
        case .ident(let name):
            return checkIdent(expr, name: name)
        case .select(let operand, let field, let testOnly):
            return checkSelect(expr, operand: operand, field: field, testOnly: testOnly)
        case .call(let function, let target, let args):
            return checkCall(expr, function: function, target: target, args: args)
        case .list(let elements, let optionalIndices):
            return checkList(expr, elements: elements, optionalIndices: optionalIndices)
        case .map(let entries):
            return checkMap(expr, entries: entries)
        case .structure(let typeName, let fields):
            return checkStructure(expr, typeName: typeName, fields: fields)
        case .comprehension(let comprehension):
            return checkComprehension(expr, comprehension)
        }
    }

    // MARK: - Types

    /// The most nodes a type may have once its bindings are expanded. Types in
    /// rules are tiny; only an expression built to double its type at every step
    /// (`[1].map(x, {x: x}).map(y, {y: y})…`) reaches it, and without the bound
    /// checking it would take time exponential in its length.
    static let maxTypeSize = 4_096

    mutating func setType(_ expr: Expr, _ type: CELType) {
        if substitution.expandedSize(of: type, limit: Self.maxTypeSize) > Self.maxTypeSize {
            // One report is enough: the nodes around it would repeat it.
            if !diagnostics.contains(where: { $0.message == Diagnostic.typeTooLargeMessage }) {
                report(.typeTooLarge(at: expr.span))
            }
            types[expr.id] = .error
            return
        }
        types[expr.id] = type
    }

    /// The type found for a checked node, with the bindings known so far applied.
    func type(of expr: Expr) -> CELType {
        substitution.substitute(types[expr.id] ?? .error, unboundToDyn: false)
    }

    /// A type parameter not used anywhere else, named so that no declaration can clash with it.
    mutating func freshTypeParameter() -> CELType {
        defer { freshTypeParameterCount += 1 }
        return .typeParameter("_var\(freshTypeParameterCount)")
    }

    /// Every node's type with the final bindings applied and free parameters as `dyn`.
    func finalTypes() -> [ExprID: CELType] {
        types.mapValues { substitution.substitute($0, unboundToDyn: true) }
    }

    /// Reports a mismatch unless a value of type `actual` can be used where `expected` is needed.
    mutating func expect(_ expr: Expr, toBe expected: CELType) {
        let actual = types[expr.id] ?? .error
        if !substitution.isAssignable(expected, to: actual) {
            report(.typeMismatch(expected: expected, found: type(of: expr), at: expr.span))
        }
    }

    /// `previous` and `current` joined as elements of one list or map literal: the
    /// more general when they agree, `dyn` when they do not (`[1, 'a']` is `list(dyn)`).
    mutating func join(_ previous: CELType?, _ current: CELType) -> CELType {
        guard let previous else { return current }
        if substitution.isAssignable(previous, to: current) {
            return mostGeneral(previous, current)
        }
        return .dyn
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    // MARK: - Scopes

    mutating func withScope<Result>(
        _ variables: [String: CELType], _ body: (inout CheckPass) -> Result
    ) -> Result {
        scopes.append(variables)
        defer { scopes.removeLast() }
        return body(&self)
    }

    /// The type of a comprehension variable in scope, innermost first.
    func localType(_ name: String) -> CELType? {
        for scope in scopes.reversed() {
            if let type = scope[name] { return type }
        }
        return nil
    }
}

extension Constant {
    /// The type of the literal.
    var type: CELType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .bytes: return .bytes
        }
    }
}
