import CEL

/// The expression line an evaluation error was raised in, underlined, as
/// `CompileError` shows compile errors:
///
///      | product.fob_value / product.quantity
///      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
struct EvalErrorExcerpt {
    var ast: AST
    var error: EvalError

    var lines: [String] {
        guard let id = error.exprID, let span = Self.find(id, in: ast.root)?.span else { return [] }
        let source = ast.source
        let (line, column) = source.lineColumn(of: span.start)
        let (endLine, endColumn) = source.lineColumn(of: max(span.start, span.end - 1))
        let text = source.lineText(line)
        let width = endLine == line ? max(1, endColumn - column + 1) : max(1, text.count - column + 1)
        return [
            " | \(text)",
            " | " + String(repeating: " ", count: max(0, column - 1)) + "^"
                + String(repeating: "~", count: width - 1),
        ]
    }

    private static func find(_ id: ExprID, in expr: Expr) -> Expr? {
        if expr.id == id { return expr }
        switch expr.kind {
        case .constant, .ident:
            return nil
        case .select(let operand, _, _):
            return find(id, in: operand)
        case .call(_, let target, let args):
            if let target, let found = find(id, in: target) { return found }
            return args.lazy.compactMap { find(id, in: $0) }.first
        case .list(let elements, _):
            return elements.lazy.compactMap { find(id, in: $0) }.first
        case .map(let entries):
            return entries.lazy.compactMap { find(id, in: $0.key) ?? find(id, in: $0.value) }.first
        case .structure(_, let fields):
            return fields.lazy.compactMap { find(id, in: $0.value) }.first
        case .comprehension(let fold):
            return [fold.iterRange, fold.accuInit, fold.loopCondition, fold.loopStep, fold.result].lazy
                .compactMap { find(id, in: $0) }.first
        }
    }
}
