/// Function calls: finding the function (global, receiver-style or namespaced)
/// and resolving its overloads against the arguments' types.
extension CheckPass {
    mutating func checkCall(_ expr: Expr, function: String, target: Expr?, args: [Expr]) -> Expr {
        if function == Operator.optionalSelect, target == nil {
            return checkOptionalSelect(expr, args: args)
        }
        var result = expr
        guard let target else {
            let name = function.hasPrefix(".") ? String(function.dropFirst()) : function
            let checkedArgs = args.map { check($0) }
            result.kind = .call(function: name, target: nil, args: checkedArgs)
            resolveCall(result, name: name, target: nil, args: checkedArgs)
            return result
        }
        // `math.greatest(1, 2)` arrives as `greatest` called on `math`: when the target is
        // a dotted name that is not a variable and the qualified function exists, it is a
        // global call of that function.
        if let prefix = Self.qualifiedName(target), !namesVariable(prefix) {
            let plain = prefix.hasPrefix(".") ? String(prefix.dropFirst()) : prefix
            let qualified = "\(plain).\(function)"
            if self.function(named: qualified) != nil {
                let checkedArgs = args.map { check($0) }
                result.kind = .call(function: qualified, target: nil, args: checkedArgs)
                resolveCall(result, name: qualified, target: nil, args: checkedArgs)
                return result
            }
        }
        let checkedTarget = check(target)
        let checkedArgs = args.map { check($0) }
        result.kind = .call(function: function, target: checkedTarget, args: checkedArgs)
        resolveCall(result, name: function, target: checkedTarget, args: checkedArgs)
        return result
    }

    /// Whether some prefix of the dotted `name` resolves to a variable, so that
    /// `name.f()` is a receiver call on it.
    func namesVariable(_ name: String) -> Bool {
        var prefix = Substring(name)
        while true {
            switch resolve(String(prefix)) {
            case .local, .variable: return true
            case .typeName: return false
            case nil: break
            }
            guard let dot = prefix.lastIndex(of: ".") else { return false }
            prefix = prefix[..<dot]
        }
    }

    /// `a.?b`, which the parser lowers to `_?._(a, "b")`.
    private mutating func checkOptionalSelect(_ expr: Expr, args: [Expr]) -> Expr {
        var result = expr
        guard args.count == 2, case .constant(.string(let field)) = args[1].kind else {
            let checkedArgs = args.map { check($0) }
            result.kind = .call(function: Operator.optionalSelect, target: nil, args: checkedArgs)
            setType(expr, .error)
            report(.notAnOptionalFieldSelection(at: args.count == 2 ? args[1].span : expr.span))
            return result
        }
        let operand = check(args[0])
        setType(args[1], .string)
        setType(expr, selectField(field, of: operand, in: expr, optional: true))
        references[expr.id] = .function(name: Operator.optionalSelect, overloadIDs: ["select_optional_field"])
        result.kind = .call(function: Operator.optionalSelect, target: nil, args: [operand, args[1]])
        return result
    }

    /// Types the call `expr` of the function `name`, reporting an unknown function or
    /// arguments no overload accepts.
    private mutating func resolveCall(_ expr: Expr, name: String, target: Expr?, args: [Expr]) {
        guard let function = self.function(named: name) else {
            setType(expr, .error)
            report(.undeclaredReference(name, at: expr.span, hint: suggestion(forFunction: name)))
            return
        }
        var argumentTypes = args.map { types[$0.id] ?? .error }
        if let target { argumentTypes.insert(types[target.id] ?? .error, at: 0) }
        let isMember = target != nil
        if let (type, overloadIDs) = resolveOverload(
            function, argumentTypes: argumentTypes, isMember: isMember)
        {
            setType(expr, type)
            references[expr.id] = .function(name: name, overloadIDs: overloadIDs)
            return
        }
        setType(expr, .error)
        let shown = argumentTypes.map { substitution.substitute($0, unboundToDyn: true) }
        report(
            .noMatchingOverload(
                name, argumentTypes: shown, isMember: isMember, at: expr.span,
                hint: OverloadHint.hint(for: function, argumentTypes: shown, isMember: isMember)))
    }

    /// Every overload of `function` the arguments may match, and the call's type: the
    /// result of the matching overloads when they agree, else `dyn` (as happens when an
    /// argument is `dyn` and several overloads stay candidates).
    mutating func resolveOverload(
        _ function: Function, argumentTypes: [CELType], isMember: Bool
    ) -> (CELType, [String])? {
        var resultType: CELType?
        var overloadIDs: [String] = []
        for overload in function.overloads
        where overload.isMember == isMember && overload.parameters.count == argumentTypes.count {
            let (parameters, result) = instantiate(overload)
            guard substitution.isAssignable(argumentTypes, to: parameters) else { continue }
            overloadIDs.append(overload.id)
            let overloadResult = substitution.substitute(result, unboundToDyn: false)
            if let current = resultType {
                if current != .dyn && current != overloadResult { resultType = .dyn }
            } else {
                resultType = overloadResult
            }
        }
        return resultType.map { ($0, overloadIDs) }
    }

    /// The overload's signature with its type parameters renamed to fresh ones, so that
    /// two calls of one generic function do not constrain each other.
    private mutating func instantiate(_ overload: Overload) -> ([CELType], CELType) {
        var names = overload.typeParameters
        for parameter in overload.parameters { parameter.collectTypeParameters(into: &names) }
        overload.result.collectTypeParameters(into: &names)
        guard !names.isEmpty else { return (overload.parameters, overload.result) }
        var renaming: [String: String] = [:]
        for name in names {
            if case .typeParameter(let fresh) = freshTypeParameter() { renaming[name] = fresh }
        }
        return (
            overload.parameters.map { $0.renamingTypeParameters(renaming) },
            overload.result.renamingTypeParameters(renaming)
        )
    }
}
