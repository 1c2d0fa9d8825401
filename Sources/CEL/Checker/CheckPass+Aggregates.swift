/// List and map literals, message construction and comprehensions.
extension CheckPass {
    mutating func checkList(_ expr: Expr, elements: [Expr], optionalIndices: [Int]) -> Expr {
        let optional = Set(optionalIndices)
        var elementType: CELType?
        var checkedElements: [Expr] = []
        checkedElements.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let checked = check(element)
            checkedElements.append(checked)
            var type = type(of: checked)
            if optional.contains(index) { type = unwrapOptional(type, of: checked) }
            elementType = join(elementType, type)
        }
        setType(expr, .list(elementType ?? freshTypeParameter()))
        var result = expr
        result.kind = .list(elements: checkedElements, optionalIndices: optionalIndices)
        return result
    }

    mutating func checkMap(_ expr: Expr, entries: [MapEntry]) -> Expr {
        var keyType: CELType?
        var valueType: CELType?
        var checkedEntries: [MapEntry] = []
        checkedEntries.reserveCapacity(entries.count)
        for entry in entries {
            var checkedEntry = entry
            checkedEntry.key = check(entry.key)
            keyType = join(keyType, type(of: checkedEntry.key))
            checkedEntry.value = check(entry.value)
            var type = type(of: checkedEntry.value)
            if entry.isOptional { type = unwrapOptional(type, of: checkedEntry.value) }
            valueType = join(valueType, type)
            checkedEntries.append(checkedEntry)
        }
        setType(expr, .map(keyType ?? freshTypeParameter(), valueType ?? freshTypeParameter()))
        var result = expr
        result.kind = .map(entries: checkedEntries)
        return result
    }

    /// The value type of an element written `?e` (which must be optional, or dyn).
    private mutating func unwrapOptional(_ type: CELType, of expr: Expr) -> CELType {
        switch type {
        case .optional(let wrapped): return wrapped
        case .dyn, .error: return type
        case .typeParameter:
            let wrapped = freshTypeParameter()
            if substitution.isAssignable(type, to: .optional(wrapped)) { return wrapped }
        default: break
        }
        report(.typeMismatch(expected: .optional(type), found: type, at: expr.span))
        return .error
    }

    /// `Name{field: value}`: Comply has no protobuf messages, so no name is a message
    /// type; the field values are still checked so that their mistakes are reported too.
    mutating func checkStructure(_ expr: Expr, typeName: String, fields: [FieldInitializer]) -> Expr {
        report(.unknownMessageType(typeName, at: expr.span))
        setType(expr, .error)
        var result = expr
        result.kind = .structure(
            typeName: typeName,
            fields: fields.map { field in
                var checked = field
                checked.value = check(field.value)
                return checked
            })
        return result
    }

    mutating func checkComprehension(_ expr: Expr, _ comprehension: Comprehension) -> Expr {
        var checked = comprehension
        checked.iterRange = check(comprehension.iterRange)
        checked.accuInit = check(comprehension.accuInit)
        let rangeType = type(of: checked.iterRange)
        let accuType = types[checked.accuInit.id] ?? .error

        var iterationType: CELType
        var secondType: CELType?
        switch rangeType {
        case .list(let element):
            iterationType = element
            if comprehension.iterVar2 != nil {
                (iterationType, secondType) = (.int, element)
            }
        case .map(let key, let value):
            iterationType = key
            secondType = value
        case .dyn, .error, .typeParameter:
            _ = substitution.isAssignable(.dyn, to: rangeType)
            iterationType = .dyn
            secondType = .dyn
        default:
            report(.notAComprehensionRange(rangeType, at: checked.iterRange.span))
            iterationType = .error
            secondType = .error
        }
        var loopVariables = [comprehension.iterVar: iterationType]
        if let iterVar2 = comprehension.iterVar2 { loopVariables[iterVar2] = secondType ?? .error }

        withScope([comprehension.accuVar: accuType]) { pass in
            pass.withScope(loopVariables) { pass in
                checked.loopCondition = pass.check(comprehension.loopCondition)
                pass.expect(checked.loopCondition, toBe: .bool)
                checked.loopStep = pass.check(comprehension.loopStep)
                pass.expect(checked.loopStep, toBe: accuType)
            }
            checked.result = pass.check(comprehension.result)
        }
        setType(expr, type(of: checked.result))
        var result = expr
        result.kind = .comprehension(checked)
        return result
    }
}
