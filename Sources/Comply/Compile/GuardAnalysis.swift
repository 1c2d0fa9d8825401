import CEL

/// Finds the constant comparisons in a `when` that the evaluator can test without
/// running CEL: conjuncts `x.f == "C"`, `"C" == x.f` and `x.f in ["C", "D"]`, where `x` is
/// a binding or a profile variable. Anything under `||` or `!` is left to CEL.
enum GuardAnalysis {
    static func guards(of ast: AST, roots: Set<String>) -> [CheckGuard] {
        var conjuncts: [Expr] = []
        collect(ast.root, into: &conjuncts)
        var merged: [String: CheckGuard] = [:]
        var order: [String] = []
        for term in conjuncts {
            guard let found = guardOf(term, roots: roots) else { continue }
            let key = found.root + "." + found.field
            if let existing = merged[key] {
                merged[key] = CheckGuard(
                    root: found.root, field: found.field,
                    allowed: existing.allowed.intersection(found.allowed))
            } else {
                merged[key] = found
                order.append(key)
            }
        }
        return order.compactMap { merged[$0] }
    }

    private static func collect(_ expr: Expr, into conjuncts: inout [Expr]) {
        if case .call(Operator.logicalAnd, nil, let args) = expr.kind {
            for arg in args { collect(arg, into: &conjuncts) }
        } else {
            conjuncts.append(expr)
        }
    }

    private static func guardOf(_ term: Expr, roots: Set<String>) -> CheckGuard? {
        guard case .call(let function, nil, let args) = term.kind, args.count == 2 else { return nil }
        switch function {
        case Operator.equals:
            if let (root, field) = field(args[0], roots), let text = string(args[1]) {
                return CheckGuard(root: root, field: field, allowed: [text])
            }
            if let (root, field) = field(args[1], roots), let text = string(args[0]) {
                return CheckGuard(root: root, field: field, allowed: [text])
            }
            return nil
        case Operator.in:
            guard let (root, field) = field(args[0], roots),
                case .list(let elements, let optional) = args[1].kind,
                optional.isEmpty
            else { return nil }
            let texts = elements.compactMap(string)
            guard texts.count == elements.count else { return nil }
            return CheckGuard(root: root, field: field, allowed: Set(texts))
        default:
            return nil
        }
    }

    private static func field(_ expr: Expr, _ roots: Set<String>) -> (String, String)? {
        guard case .select(let operand, let field, false) = expr.kind, case .ident(let root) = operand.kind,
            roots.contains(root)
        else { return nil }
        return (root, field)
    }

    private static func string(_ expr: Expr) -> String? {
        if case .constant(.string(let text)) = expr.kind { return text }
        return nil
    }
}
