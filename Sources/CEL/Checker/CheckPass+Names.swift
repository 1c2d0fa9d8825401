/// Identifiers and field selection: variables (possibly qualified, `a.b.c`),
/// comprehension variables, type names as values, and fields of maps.
extension CheckPass {
    /// What a (possibly dotted) name refers to, without reporting anything.
    enum Resolution {
        case local(CELType)
        case variable(name: String, type: CELType)
        case typeName(CELType)
    }

    /// Resolves `name` as written: a leading dot makes it absolute (never a comprehension variable).
    func resolve(_ name: String) -> Resolution? {
        let isAbsolute = name.hasPrefix(".")
        let plain = isAbsolute ? String(name.dropFirst()) : name
        if !isAbsolute, let type = localType(plain) { return .local(type) }
        if let type = environment.variables[plain] { return .variable(name: plain, type: type) }
        if let type = TypeNames.denotations[plain] { return .typeName(type) }
        return nil
    }

    mutating func checkIdent(_ expr: Expr, name: String) -> Expr {
        guard let resolution = resolve(name) else {
            setType(expr, .error)
            report(.undeclaredReference(name, at: expr.span, hint: suggestion(forIdentifier: name)))
            return expr
        }
        return bind(expr, to: resolution, writtenAs: name)
    }

    /// Records what `expr` resolved to and returns it as one identifier node.
    mutating func bind(_ expr: Expr, to resolution: Resolution, writtenAs name: String) -> Expr {
        var resolved = expr
        switch resolution {
        case .local(let type):
            setType(expr, type)
            if case .ident = expr.kind {} else { resolved.kind = .ident(name) }
        case .variable(let fullName, let type):
            setType(expr, type)
            references[expr.id] = .variable(fullName)
            resolved.kind = .ident(fullName)
        case .typeName(let type):
            setType(expr, .type(type))
            references[expr.id] = .type(type)
            resolved.kind = .ident(name.hasPrefix(".") ? String(name.dropFirst()) : name)
        }
        return resolved
    }

    /// `operand.field` as a qualified name, if the chain is made of identifiers only.
    static func qualifiedName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .ident(let name):
            return name
        case .select(let operand, let field, false):
            return qualifiedName(operand).map { "\($0).\(field)" }
        default:
            return nil
        }
    }

    /// The first segment of a qualified name (`a` in `a.b.c`), which decides whether a
    /// comprehension variable shadows the declared names.
    static func rootSegment(_ name: String) -> Substring {
        name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? Substring(name)
    }

    mutating func checkSelect(_ expr: Expr, operand: Expr, field: String, testOnly: Bool) -> Expr {
        // The longest declared name wins: for `a.b.c` with variables `a.b` and `a.b.c`,
        // the whole chain is the variable `a.b.c`. A comprehension variable shadows all.
        if !testOnly, let name = Self.qualifiedName(expr), localType(String(Self.rootSegment(name))) == nil,
            let resolution = resolve(name)
        {
            return bind(expr, to: resolution, writtenAs: name)
        }
        let checkedOperand = check(operand)
        let fieldType = selectField(field, of: checkedOperand, in: expr, optional: false)
        setType(expr, testOnly ? .bool : fieldType)
        var result = expr
        result.kind = .select(operand: checkedOperand, field: field, testOnly: testOnly)
        return result
    }

    /// The type of `operand.field` (or of `operand.?field` when `optional`); an
    /// optional operand gives an optional result, as in cel-go.
    mutating func selectField(_ field: String, of operand: Expr, in expr: Expr, optional: Bool) -> CELType {
        var target = type(of: operand)
        var isOptional = optional
        if case .optional(let wrapped) = target {
            target = wrapped
            isOptional = true
        }
        let result: CELType
        switch target {
        case .map(_, let value):
            result = value
        case .typeParameter:
            // Nothing is known yet: pin the parameter to dyn so that no later use
            // assumes a type the field access never checked.
            _ = substitution.isAssignable(.dyn, to: target)
            result = .dyn
        case .dyn, .error:
            result = .dyn
        case .message(let name):
            if let object = environment.objectTypes[name] {
                if let fieldType = object.fields[field] {
                    result = fieldType
                } else {
                    report(.undefinedObjectField(field, of: object, at: expr.span))
                    result = .error
                }
            } else {
                report(.unknownMessageField(field, message: name, at: expr.span))
                result = .error
            }
        default:
            report(.noFieldSelection(on: target, field: field, at: expr.span))
            result = .error
        }
        return isOptional ? .optional(result) : result
    }
}
