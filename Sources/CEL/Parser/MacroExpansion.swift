extension Macro {
    /// The two-variable comprehensions of cel-go's `ext.TwoVarComprehensions`:
    /// `all(i, v, p)`, `exists(i, v, p)` and `existsOne`/`exists_one(i, v, p)` reuse the
    /// names of their one-variable forms; these are the new names.
    public static let twoVariableComprehensions: Set<String> = [
        "existsOne", "transformList", "transformMap", "transformMapEntry",
    ]

    /// The accumulator of every comprehension a macro expands to.
    public static let accumulatorName = "@result"

    /// The function the `transformMap` expansions call to add an entry to the
    /// accumulated map: `cel.@mapInsert(map, key, value)` or `cel.@mapInsert(map, entryMap)`.
    public static let mapInsertFunction = "cel.@mapInsert"

    /// The iteration variable of the empty loop that `optMap`/`optFlatMap` use as a binding.
    public static let unusedIterationVariable = "#unused"
}

/// Macro expansion, in the shapes cel-go produces (`parser/macro.go`,
/// `ext/comprehensions.go`, the optional library's `optMap`/`optFlatMap`).
extension RecursiveDescent {
    /// A call, or its expansion when `function` names an enabled macro with this
    /// arity and receiver style. Arities that match no macro are ordinary calls.
    mutating func callOrMacro(_ function: String, target: Expr?, args: [Expr], span: Span) -> Expr {
        guard options.macros.contains(function), let expansion = expand(function, target, args, span) else {
            return call(function, args, span, target: target)
        }
        macroCalls[expansion.id] = Expr(
            id: expansion.id, span: span, kind: .call(function: function, target: target, args: args))
        return expansion
    }

    private mutating func expand(_ function: String, _ target: Expr?, _ args: [Expr], _ span: Span) -> Expr? {
        guard let target else {
            if function == "has", args.count == 1 { return expandHas(args[0], span) }
            return nil
        }
        switch (function, args.count) {
        case ("all", 2), ("exists", 2), ("exists_one", 2), ("existsOne", 2):
            guard let variable = iterationVariable(args[0], macro: function) else { return nil }
            return quantifier(function, target, variable, nil, args[1], span)
        case ("all", 3), ("exists", 3), ("exists_one", 3), ("existsOne", 3):
            guard let (first, second) = iterationVariables(args[0], args[1], macro: function) else {
                return nil
            }
            return quantifier(function, target, first, second, args[2], span)
        case ("map", 2), ("map", 3):
            guard let variable = iterationVariable(args[0], macro: function) else { return nil }
            let filter = args.count == 3 ? args[1] : nil
            let element = list([args[args.count - 1]], span)
            return transform(target, variable, nil, filter: filter, step: .appending(element), span)
        case ("filter", 2):
            guard let variable = iterationVariable(args[0], macro: function) else { return nil }
            let element = list([node(.ident(variable), args[0].span)], span)
            return transform(target, variable, nil, filter: args[1], step: .appending(element), span)
        case ("transformList", 3), ("transformList", 4):
            guard let (first, second) = iterationVariables(args[0], args[1], macro: function) else {
                return nil
            }
            let filter = args.count == 4 ? args[2] : nil
            let element = list([args[args.count - 1]], span)
            return transform(target, first, second, filter: filter, step: .appending(element), span)
        case ("transformMap", 3), ("transformMap", 4):
            guard let (first, second) = iterationVariables(args[0], args[1], macro: function) else {
                return nil
            }
            let filter = args.count == 4 ? args[2] : nil
            let key = node(.ident(first), args[0].span)
            return transform(
                target, first, second, filter: filter, step: .inserting([key, args[args.count - 1]]), span)
        case ("transformMapEntry", 3), ("transformMapEntry", 4):
            guard let (first, second) = iterationVariables(args[0], args[1], macro: function) else {
                return nil
            }
            let filter = args.count == 4 ? args[2] : nil
            return transform(
                target, first, second, filter: filter, step: .inserting([args[args.count - 1]]), span)
        case ("optMap", 2), ("optFlatMap", 2):
            guard let variable = iterationVariable(args[0], macro: function) else { return nil }
            return optionalMap(target, variable, args[1], wrapsResult: function == "optMap", span)
        default:
            return nil
        }
    }

    // MARK: - has

    /// `has(a.b)` → `a.b~test-only~`.
    private mutating func expandHas(_ argument: Expr, _ span: Span) -> Expr? {
        guard case .select(let operand, let field, false) = argument.kind else {
            report(
                "invalid argument to has(): it must be a field selection", argument.span,
                hint: "write has(object.field), or `key in map` for a key that is not a name")
            return nil
        }
        return node(.select(operand: operand, field: field, testOnly: true), span)
    }

    // MARK: - Quantifiers

    private mutating func quantifier(
        _ function: String, _ range: Expr, _ variable: String, _ variable2: String?, _ predicate: Expr,
        _ span: Span
    ) -> Expr {
        let initial: Expr
        let condition: Expr
        let step: Expr
        let result: Expr
        switch function {
        case "all":
            initial = node(.constant(.bool(true)), span)
            condition = call(Operator.notStrictlyFalse, [accumulator(span)], span)
            step = call(Operator.logicalAnd, [accumulator(span), predicate], span)
            result = accumulator(span)
        case "exists":
            initial = node(.constant(.bool(false)), span)
            let notYet = call(Operator.logicalNot, [accumulator(span)], span)
            condition = call(Operator.notStrictlyFalse, [notYet], span)
            step = call(Operator.logicalOr, [accumulator(span), predicate], span)
            result = accumulator(span)
        default:
            initial = node(.constant(.int(0)), span)
            condition = node(.constant(.bool(true)), span)
            let counted = call(Operator.add, [accumulator(span), node(.constant(.int(1)), span)], span)
            step = call(Operator.conditional, [predicate, counted, accumulator(span)], span)
            result = call(Operator.equals, [accumulator(span), node(.constant(.int(1)), span)], span)
        }
        return comprehension(
            Comprehension(
                iterVar: variable, iterVar2: variable2, iterRange: range, accuVar: Macro.accumulatorName,
                accuInit: initial, loopCondition: condition, loopStep: step, result: result),
            span)
    }

    // MARK: - map, filter, transformList, transformMap, transformMapEntry

    enum TransformStep {
        /// `@result + [element]`, building a list.
        case appending(Expr)
        /// `cel.@mapInsert(@result, arguments…)`, building a map.
        case inserting([Expr])
    }

    private mutating func transform(
        _ range: Expr, _ variable: String, _ variable2: String?, filter: Expr?, step: TransformStep,
        _ span: Span
    ) -> Expr {
        let initial: Expr
        var next: Expr
        switch step {
        case .appending(let element):
            initial = node(.list(elements: [], optionalIndices: []), span)
            next = call(Operator.add, [accumulator(span), element], span)
        case .inserting(let arguments):
            initial = node(.map(entries: []), span)
            next = call(Macro.mapInsertFunction, [accumulator(span)] + arguments, span)
        }
        if let filter {
            next = call(Operator.conditional, [filter, next, accumulator(span)], span)
        }
        return comprehension(
            Comprehension(
                iterVar: variable, iterVar2: variable2, iterRange: range, accuVar: Macro.accumulatorName,
                accuInit: initial, loopCondition: node(.constant(.bool(true)), span), loopStep: next,
                result: accumulator(span)),
            span)
    }

    // MARK: - optMap, optFlatMap

    /// `o.optMap(x, f)` → `o.hasValue() ? optional.of(<x = o.value(); f>) : optional.none()`,
    /// the binding being a comprehension over an empty list whose accumulator is `x`;
    /// `optFlatMap` leaves out the `optional.of`.
    private mutating func optionalMap(
        _ target: Expr, _ variable: String, _ body: Expr, wrapsResult: Bool, _ span: Span
    ) -> Expr {
        let hasValue = call("hasValue", [], span, target: target)
        let value = call("value", [], span, target: renumbered(target))
        let binding = comprehension(
            Comprehension(
                iterVar: Macro.unusedIterationVariable,
                iterRange: node(.list(elements: [], optionalIndices: []), span),
                accuVar: variable, accuInit: value, loopCondition: node(.constant(.bool(false)), span),
                loopStep: node(.ident(variable), span), result: body),
            span)
        let present = wrapsResult ? call("optional.of", [binding], span) : binding
        let absent = call("optional.none", [], span)
        return call(Operator.conditional, [hasValue, present, absent], span)
    }

    /// A copy of `expr` with fresh ids, for an operand an expansion uses twice.
    private mutating func renumbered(_ expr: Expr) -> Expr {
        let kind: ExprKind
        switch expr.kind {
        case .constant, .ident:
            kind = expr.kind
        case .select(let operand, let field, let testOnly):
            kind = .select(operand: renumbered(operand), field: field, testOnly: testOnly)
        case .call(let function, let target, let args):
            kind = .call(
                function: function, target: target.map { renumbered($0) }, args: args.map { renumbered($0) })
        case .list(let elements, let optionalIndices):
            kind = .list(elements: elements.map { renumbered($0) }, optionalIndices: optionalIndices)
        case .map(let entries):
            kind = .map(
                entries: entries.map {
                    MapEntry(
                        id: nextID(), span: $0.span, key: renumbered($0.key), value: renumbered($0.value),
                        isOptional: $0.isOptional)
                })
        case .structure(let typeName, let fields):
            kind = .structure(
                typeName: typeName,
                fields: fields.map {
                    FieldInitializer(
                        id: nextID(), span: $0.span, field: $0.field, value: renumbered($0.value),
                        isOptional: $0.isOptional)
                })
        case .comprehension(let loop):
            var copy = loop
            copy.iterRange = renumbered(loop.iterRange)
            copy.accuInit = renumbered(loop.accuInit)
            copy.loopCondition = renumbered(loop.loopCondition)
            copy.loopStep = renumbered(loop.loopStep)
            copy.result = renumbered(loop.result)
            kind = .comprehension(copy)
        }
        return node(kind, expr.span)
    }

    // MARK: - Helpers

    private mutating func accumulator(_ span: Span) -> Expr {
        node(.ident(Macro.accumulatorName), span)
    }

    private mutating func list(_ elements: [Expr], _ span: Span) -> Expr {
        node(.list(elements: elements, optionalIndices: []), span)
    }

    private mutating func comprehension(_ loop: Comprehension, _ span: Span) -> Expr {
        node(.comprehension(loop), span)
    }

    /// The name a macro binds, which must be written as a simple identifier.
    private mutating func iterationVariable(_ argument: Expr, macro: String) -> String? {
        if case .ident(let name) = argument.kind, !name.hasPrefix(".") {
            return name
        }
        report(
            "the first argument of \(macro)() must be a simple name for the element", argument.span,
            hint: "for example list.\(macro)(x, …)")
        return nil
    }

    private mutating func iterationVariables(
        _ first: Expr, _ second: Expr, macro: String
    ) -> (String, String)? {
        guard let firstName = iterationVariable(first, macro: macro) else { return nil }
        guard case .ident(let secondName) = second.kind, !secondName.hasPrefix(".") else {
            report(
                "the second argument of \(macro)() must be a simple name for the value", second.span,
                hint: "for example map.\(macro)(k, v, …)")
            return nil
        }
        guard firstName != secondName else {
            report("duplicate variable name '\(secondName)' in \(macro)()", second.span)
            return nil
        }
        return (firstName, secondName)
    }
}
