import CEL

/// Reads an evaluation trace back onto the expression's source: each sub-expression's
/// text with its value, and how far each failed numeric comparison missed.
///
///     rvc >= 40.0
///     rvc = 35.2        → "35.2 is 4.8 below the threshold 40"
///
/// Comprehensions (`exists`, `all`, `map`, …) are shown as a whole, by the macro call the
/// author wrote; the values inside a loop are per-iteration and would mislead.
struct PowerAssert {
    let ast: AST
    let trace: [ExprID: Value]

    func observedValues() -> [ObservedValue] {
        var found: [(start: Int, value: ObservedValue)] = []
        var seen: Set<String> = []
        var chainPrefixes: Set<ExprID> = []
        visit(ast.root) { node in
            // `product.hs_code` is shown, not also `product` (the whole element).
            if case .select(let operand, _, _) = node.kind { chainPrefixes.insert(operand.id) }
            guard node.id != ast.root.id, !chainPrefixes.contains(node.id), !Self.isLiteral(node),
                let value = trace[node.id]
            else { return }
            let span = ast.macroCalls[node.id]?.span ?? node.span
            let text = self.text(span)
            guard !text.isEmpty, seen.insert(text).inserted else { return }
            found.append((span.start, ObservedValue(text: text, value: value)))
        }
        return found.sorted { $0.start < $1.start }.map(\.value)
    }

    /// Failed `<`, `<=`, `>`, `>=` between numbers, outermost first.
    func gaps() -> [NumericGap] {
        var found: [NumericGap] = []
        visit(ast.root) { node in
            guard case .call(let function, nil, let args) = node.kind, args.count == 2,
                let relation = Self.relation(function), case .bool(false)? = value(of: node),
                let left = value(of: args[0]).flatMap(ExactDecimal.init),
                let right = value(of: args[1]).flatMap(ExactDecimal.init)
            else { return }
            // The threshold is the literal side; `40.0 <= rvc` reads as `rvc >= 40.0`.
            if Self.isLiteral(args[0]), !Self.isLiteral(args[1]) {
                found.append(
                    NumericGap(
                        expression: text(args[1].span), value: right, relation: relation.flipped,
                        threshold: left))
            } else {
                found.append(
                    NumericGap(
                        expression: text(args[0].span), value: left, relation: relation, threshold: right))
            }
        }
        return found
    }

    private func value(of expr: Expr) -> Value? {
        if case .constant(let constant) = expr.kind { return Self.value(of: constant) }
        return trace[expr.id]
    }

    /// Visits nodes parents first, without entering comprehensions.
    private func visit(_ expr: Expr, _ body: (Expr) -> Void) {
        body(expr)
        switch expr.kind {
        case .constant, .ident, .comprehension: break
        case .select(let operand, _, _): visit(operand, body)
        case .call(_, let target, let args):
            if let target { visit(target, body) }
            for arg in args { visit(arg, body) }
        case .list(let elements, _): for element in elements { visit(element, body) }
        case .map(let entries):
            for entry in entries {
                visit(entry.key, body)
                visit(entry.value, body)
            }
        case .structure(_, let fields): for field in fields { visit(field.value, body) }
        }
    }

    private func text(_ span: Span) -> String {
        let scalars = ast.source.scalars
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view).trimmingBlanks
    }

    private static func relation(_ function: String) -> NumericGap.Relation? {
        switch function {
        case Operator.less: return .less
        case Operator.lessEquals: return .lessOrEqual
        case Operator.greater: return .greater
        case Operator.greaterEquals: return .greaterOrEqual
        default: return nil
        }
    }

    /// A constant, or a list or map made only of constants: its value is its text.
    private static func isLiteral(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .constant: return true
        case .list(let elements, _): return elements.allSatisfy(isLiteral)
        case .map(let entries): return entries.allSatisfy { isLiteral($0.key) && isLiteral($0.value) }
        case .call(Operator.negate, nil, let args): return args.allSatisfy(isLiteral)
        default: return false
        }
    }

    private static func value(of constant: Constant) -> Value {
        switch constant {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .uint(let number): return .uint(number)
        case .double(let number): return .double(number)
        case .string(let text): return .string(text)
        case .bytes(let bytes): return .bytes(bytes)
        }
    }
}
