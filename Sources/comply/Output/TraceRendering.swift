import CEL

/// Power-assert lines for `comply eval --trace`: every evaluated sub-expression's
/// source text and value, innermost first, left to right (the order CEL evaluates
/// them), aligned on `=`:
///
///     product.fob_value        = 3000.0
///     product.fob_value * 0.4  = 1200.0
///
/// Literals are left out (their text is their value), and so are the nodes a macro
/// generates inside a comprehension, whose recorded value is only that of the last
/// iteration; the macro call itself is shown with its result.
struct TraceRendering {
    var literal = CELLiteral()
    /// Source texts longer than this are cut, so the values stay in one column.
    var maxTextWidth = 60
    /// Values longer than this are cut: a whole profile map is noise in a trace.
    var maxValueWidth = 80

    func lines(for ast: AST, trace: [ExprID: Value]) -> [(text: String, value: String)] {
        var order: [Expr] = []
        collect(ast.root, into: &order)
        var entries: [(span: Span, text: String, value: String)] = []
        for expr in order {
            guard let value = trace[expr.id] else { continue }
            let text = sourceText(ast.source, expr.span)
            guard !text.isEmpty else { continue }
            var rendered = literal.render(value)
            if rendered.count > maxValueWidth { rendered = String(rendered.prefix(maxValueWidth - 1)) + "…" }
            // A macro's expansion shares the call's span; the outermost node, visited
            // last, holds the call's value.
            if let index = entries.firstIndex(where: { $0.span == expr.span }) {
                entries[index].value = rendered
            } else {
                entries.append((expr.span, text, rendered))
            }
        }
        // A variable read twice with the same value says nothing new the second time.
        var seen = Set<String>()
        return entries.compactMap { entry in
            seen.insert(entry.text + "\u{0}" + entry.value).inserted ? (entry.text, entry.value) : nil
        }
    }

    /// The lines as printed, `=` aligned, with `style` applied to the values.
    func render(for ast: AST, trace: [ExprID: Value], style: (String) -> String = { $0 }) -> [String] {
        let entries = lines(for: ast, trace: trace)
        let width = entries.map(\.text.count).max() ?? 0
        return entries.map { entry in
            entry.text + String(repeating: " ", count: width - entry.text.count) + "  = " + style(entry.value)
        }
    }

    private func collect(_ expr: Expr, into order: inout [Expr]) {
        switch expr.kind {
        case .constant:
            return
        case .ident:
            break
        case .select(let operand, _, _):
            collect(operand, into: &order)
        case .call(_, let target, let args):
            if let target { collect(target, into: &order) }
            for arg in args { collect(arg, into: &order) }
        case .list(let elements, _):
            for element in elements { collect(element, into: &order) }
        case .map(let entries):
            for entry in entries {
                collect(entry.key, into: &order)
                collect(entry.value, into: &order)
            }
        case .structure(_, let fields):
            for field in fields { collect(field.value, into: &order) }
        case .comprehension(let comprehension):
            collect(comprehension.iterRange, into: &order)
        }
        order.append(expr)
    }

    private func sourceText(_ source: Source, _ span: Span) -> String {
        let start = max(0, min(span.start, source.scalars.count))
        let end = max(start, min(span.end, source.scalars.count))
        var text = String.UnicodeScalarView()
        text.append(contentsOf: source.scalars[start..<end])
        // Multi-line expressions print on one line, whitespace runs collapsed.
        let flat = String(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > maxTextWidth else { return flat }
        return String(flat.prefix(maxTextWidth - 1)) + "…"
    }
}
