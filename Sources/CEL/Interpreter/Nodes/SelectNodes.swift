/// `operand.field` where the operand is not an attribute chain (a call result,
/// a literal, an optional).
final class SelectNode: Node, @unchecked Sendable {
    let operand: Node
    let field: String
    let key: MapKey

    init(id: ExprID, operand: Node, field: String) {
        self.operand = operand
        self.field = field
        self.key = .string(field)
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = operand.evaluate(&state)
        switch value {
        case .error, .unknown: return value
        default: break
        }
        if let selected = Access.select(value, key, field: field, id: id) { return selected }
        if state.missingFieldsAreUnknown {
            let path = operand.attributePath?.appending(.field(field)) ?? AttributePath([.field(field)])
            return .unknown(UnknownSet(attributes: [path.description], exprIDs: [id]))
        }
        return .error(EvalError.noSuchKey(.string(field)).located(id))
    }
}

/// `has(operand.field)`: whether a map holds the key.
final class HasNode: Node, @unchecked Sendable {
    let operand: Node
    let key: MapKey
    /// The attribute tested, when known, so that an unknown pattern covering it makes the test unknown.
    let path: AttributePath?
    let checksUnknowns: Bool

    init(id: ExprID, operand: Node, field: String, checksUnknowns: Bool) {
        self.operand = operand
        self.key = .string(field)
        self.path = operand.attributePath?.appending(.field(field))
        self.checksUnknowns = checksUnknowns
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        if checksUnknowns, let path, let unknown = state.unknown(at: path, exprID: id) { return unknown }
        return Access.has(operand.evaluate(&state), key, id: id)
    }
}

/// `operand.?field` (`_?._`): an optional of the field's value.
final class OptionalSelectNode: Node, @unchecked Sendable {
    let operand: Node
    let field: String
    let key: MapKey
    let path: AttributePath?
    let checksUnknowns: Bool

    init(id: ExprID, operand: Node, field: String, checksUnknowns: Bool) {
        self.operand = operand
        self.field = field
        self.key = .string(field)
        self.path = operand.attributePath?.appending(.field(field))
        self.checksUnknowns = checksUnknowns
        super.init(id: id)
    }

    override var attributePath: AttributePath? { path }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        if checksUnknowns, let path, let unknown = state.unknown(at: path, exprID: id) { return unknown }
        return Access.optionalSelect(operand.evaluate(&state), key, field: field, id: id)
    }
}

/// `operand[index]` with a computed index, or on an operand that is not an attribute chain.
final class IndexNode: Node, @unchecked Sendable {
    let operand: Node
    let index: Node
    let checksUnknowns: Bool

    init(id: ExprID, operand: Node, index: Node, checksUnknowns: Bool) {
        self.operand = operand
        self.index = index
        self.checksUnknowns = checksUnknowns && operand.attributePath != nil
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let container = operand.evaluate(&state)
        let key = index.evaluate(&state)
        if let propagated = Access.strict(container, key) { return propagated }
        if checksUnknowns, let base = operand.attributePath, let component = Access.lookupKey(key),
            let unknown = state.unknown(at: base.appending(.index(component)), exprID: id)
        {
            return unknown
        }
        if let value = Access.index(container, key, id: id) { return value }
        if state.missingFieldsAreUnknown {
            let component = Access.lookupKey(key).map { AttributePath.Component.index($0) } ?? .field("?")
            let path = operand.attributePath?.appending(component) ?? AttributePath([component])
            return .unknown(UnknownSet(attributes: [path.description], exprIDs: [id]))
        }
        return .error(EvalError.noSuchKey(key).located(id))
    }
}

/// `operand[?index]` (`_[?_]`): an optional of the element or entry.
final class OptionalIndexNode: Node, @unchecked Sendable {
    let operand: Node
    let index: Node

    init(id: ExprID, operand: Node, index: Node) {
        self.operand = operand
        self.index = index
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let container = operand.evaluate(&state)
        let key = index.evaluate(&state)
        if let propagated = Access.strict(container, key) { return propagated }
        return Access.optionalIndex(container, key, id: id)
    }
}
