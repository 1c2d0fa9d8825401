/// The CEL type checker: given a parsed ``AST`` and an ``Environment``, it
/// deduces the type of every node, resolves names to declared variables, type
/// names and function overloads, and reports every mistake it finds.
///
///     let env = Environment(variables: ["product": .map(.string, .dyn)])
///     let checked = try env.check(env.parse("size(product.name) > 3"))
///     checked.resultType                  // .bool
///     checked.references[checked.root.id] // .function(name: "_>_", overloadIDs: ["greater_int64"])
///
/// Typing is gradual, as in cel-spec: an argument of type `dyn` matches every
/// overload that could accept it, and the call is resolved at evaluation time.
///
/// Two rewrites make the checked tree say what it means: a select chain that
/// names a declared variable (`a.b.c` for a variable `a.b.c`) becomes one
/// identifier with the full name, and a namespaced call (`math.greatest(1, 2)`,
/// parsed with the target `math`) becomes a global call of `math.greatest`.
struct Checker {
    var environment: Environment

    init(environment: Environment) {
        self.environment = environment
    }

    /// The checked AST, with ``AST/types`` and ``AST/references`` filled in.
    /// Throws every diagnostic found, in source order.
    func check(_ ast: AST) throws(CompileError) -> AST {
        var pass = CheckPass(environment: environment)
        let root = pass.check(ast.root)
        guard pass.diagnostics.isEmpty else {
            let ordered = pass.diagnostics.enumerated().sorted {
                ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset)
            }
            throw CompileError(source: ast.source, diagnostics: ordered.map(\.element))
        }
        var checked = ast
        checked.root = root
        checked.types = pass.finalTypes()
        checked.references = pass.references
        return checked
    }
}
