import CEL

/// A pack expression after parsing and type-checking: the program to run and the
/// checked AST an explanation reads sub-expression texts and types from.
public struct CompiledExpression: Sendable {
    public let expression: CELExpression
    public let program: Program

    public var ast: AST { program.ast }
    /// The checked type of the whole expression.
    public var resultType: CELType { program.ast.resultType }

    init(expression: CELExpression, program: Program) {
        self.expression = expression
        self.program = program
    }
}

/// A compiled `let`: the name it binds and its expression.
public struct CompiledLet: Sendable {
    public let name: String
    public let label: LocalizedText?
    public let value: CompiledExpression

    init(name: String, label: LocalizedText?, value: CompiledExpression) {
        self.name = name
        self.label = label
        self.value = value
    }
}

/// A compiled `for_each` binding: the name, its list expression, and how subject paths are
/// built from it.
public struct CompiledBinding: Sendable {
    public let name: String
    public let list: CompiledExpression
    /// The profile path the list sits at, when the expression is a plain field chain
    /// (`products`, `product.exports`): `root` is a profile variable or an earlier binding,
    /// `fields` the selected names. Nil for computed lists (`products.filter(...)`), whose
    /// subjects are named by the expression text and an index.
    public let path: (root: String, fields: [String])?

    init(name: String, list: CompiledExpression, path: (root: String, fields: [String])?) {
        self.name = name
        self.list = list
        self.path = path
    }
}
