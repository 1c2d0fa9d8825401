// PLACEHOLDER — replaced by the type checker work.
struct Checker {
    var environment: Environment

    init(environment: Environment) {
        self.environment = environment
    }

    func check(_ ast: AST) throws(CompileError) -> AST {
        ast
    }
}
