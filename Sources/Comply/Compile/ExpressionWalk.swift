import CEL

/// Read-only walks over a parsed expression tree, for the compiler's analyses.
enum ExpressionWalk {
    /// Calls `visit` on every node, parents first.
    static func forEach(_ expr: Expr, _ visit: (Expr) -> Void) {
        visit(expr)
        switch expr.kind {
        case .constant, .ident: break
        case .select(let operand, _, _): forEach(operand, visit)
        case .call(_, let target, let args):
            if let target { forEach(target, visit) }
            for arg in args { forEach(arg, visit) }
        case .list(let elements, _): for element in elements { forEach(element, visit) }
        case .map(let entries):
            for entry in entries {
                forEach(entry.key, visit)
                forEach(entry.value, visit)
            }
        case .structure(_, let fields): for field in fields { forEach(field.value, visit) }
        case .comprehension(let comprehension):
            forEach(comprehension.iterRange, visit)
            forEach(comprehension.accuInit, visit)
            forEach(comprehension.loopCondition, visit)
            forEach(comprehension.loopStep, visit)
            forEach(comprehension.result, visit)
        }
    }

    /// The names an expression reads as identifiers (variables, lets, bindings).
    static func identifiers(_ expr: Expr) -> Set<String> {
        var names: Set<String> = []
        forEach(expr) { node in
            if case .ident(let name) = node.kind { names.insert(name) }
        }
        return names
    }

    /// `root.a.b` as `(root, [a, b])` when the expression is a plain field chain.
    static func fieldChain(_ expr: Expr) -> (root: String, fields: [String])? {
        switch expr.kind {
        case .ident(let name): return (name, [])
        case .select(let operand, let field, false):
            guard let (root, fields) = fieldChain(operand) else { return nil }
            return (root, fields + [field])
        default: return nil
        }
    }

    /// The `tables.NAME` selections of an expression, with the offset of each name.
    static func tableReferences(_ expr: Expr) -> [(name: String, span: Span)] {
        var found: [(name: String, span: Span)] = []
        forEach(expr) { node in
            if case .select(let operand, let field, _) = node.kind, case .ident("tables") = operand.kind {
                found.append((field, node.span))
            }
        }
        return found
    }
}
