/// The fast tree's attribute reads: one node per ident, field and constant
/// index, each holding its key so that a read hashes a stored key and copies
/// nothing but the value it returns. (The instrumented tree reads attributes
/// with ``AttributeNode``, which also consults unknown patterns.)
final class VariableNode: Node, @unchecked Sendable {
    let reference: VariableReference

    init(id: ExprID, reference: VariableReference) {
        self.reference = reference
        super.init(id: id)
    }

    override var attributePath: AttributePath? { AttributePath([.field(reference.name)]) }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        if let value = reference.lookup(state) { return value }
        return .error(EvalError("undeclared reference to '\(reference.name)'", exprID: id))
    }
}

/// A comprehension variable.
final class SlotNode: Node, @unchecked Sendable {
    let slot: Int

    init(id: ExprID, slot: Int) {
        self.slot = slot
        super.init(id: id)
    }

    override var attributePath: AttributePath? { AttributePath([.field(AttributePath.slotMarker(slot))]) }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        if let value = state.slots[slot] { return value }
        return .error(EvalError("internal error: unbound comprehension variable", exprID: id))
    }
}

/// `variable.field`, the most common attribute shape, in one node.
final class VariableFieldNode: Node, @unchecked Sendable {
    let reference: VariableReference
    let rootID: ExprID
    let field: String
    let key: MapKey

    init(id: ExprID, rootID: ExprID, reference: VariableReference, field: String) {
        self.reference = reference
        self.rootID = rootID
        self.field = field
        self.key = .string(field)
        super.init(id: id)
    }

    override var attributePath: AttributePath? { AttributePath([.field(reference.name), .field(field)]) }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        // Read the field through the activation's storage, without copying the record.
        if let index = reference.index(in: state.variables),
            case .map(let map) = state.variables.values[index],
            let value = FieldLookup.find(map, field, key)
        {
            return value
        }
        guard let root = reference.lookup(state) else {
            return .error(EvalError("undeclared reference to '\(reference.name)'", exprID: rootID))
        }
        if case .map(let map) = root {
            if let value = FieldLookup.find(map, field, key) { return value }
        } else {
            switch root {
            case .error, .unknown: return root
            default: if let value = Access.select(root, key, field: field, id: id) { return value }
            }
        }
        return FieldNode.missing(field, path: attributePath, id: id, state)
    }
}

/// `operand.field` on an attribute (or a comprehension variable's value).
final class FieldNode: Node, @unchecked Sendable {
    let operand: Node
    let field: String
    let key: MapKey
    let path: AttributePath?

    init(id: ExprID, operand: Node, field: String) {
        self.operand = operand
        self.field = field
        self.key = .string(field)
        self.path = operand.attributePath?.appending(.field(field))
        super.init(id: id)
    }

    override var attributePath: AttributePath? { path }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = operand.evaluate(&state)
        if case .map(let map) = value {
            if let selected = FieldLookup.find(map, field, key) { return selected }
        } else {
            switch value {
            case .error, .unknown: return value
            default: if let selected = Access.select(value, key, field: field, id: id) { return selected }
            }
        }
        return Self.missing(field, path: path, id: id, state)
    }

    /// A map lacks the field: an unknown naming it, or a "no such key" error.
    static func missing(_ field: String, path: AttributePath?, id: ExprID, _ state: EvaluationState) -> Value
    {
        if state.missingFieldsAreUnknown {
            let attribute = (path ?? AttributePath([.field(field)])).description
            return .unknown(UnknownSet(attributes: [attribute], exprIDs: [id]))
        }
        return .error(EvalError.noSuchKey(.string(field)).located(id))
    }
}

/// `operand[constant]` on an attribute.
final class ConstantIndexNode: Node, @unchecked Sendable {
    let operand: Node
    let index: Value
    let path: AttributePath?

    init(id: ExprID, operand: Node, index: Value) {
        self.operand = operand
        self.index = index
        self.path = Access.lookupKey(index).flatMap { key in operand.attributePath?.appending(.index(key)) }
        super.init(id: id)
    }

    override var attributePath: AttributePath? { path }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = operand.evaluate(&state)
        switch value {
        case .error, .unknown: return value
        default: break
        }
        if let element = Access.index(value, index, id: id) { return element }
        if state.missingFieldsAreUnknown {
            let attribute = (path ?? AttributePath([.field("?")])).description
            return .unknown(UnknownSet(attributes: [attribute], exprIDs: [id]))
        }
        return .error(EvalError.noSuchKey(index).located(id))
    }
}

/// A field read from a map. Records have a handful of fields, for which
/// comparing the stored keys beats hashing the field name.
enum FieldLookup {
    @inline(__always)
    static func find(_ map: MapValue, _ field: String, _ key: MapKey) -> Value? {
        let entries = map.entries
        guard entries.count <= 8 else { return entries[key] }
        let keys = entries.keys
        var index = 0
        while index < keys.count {
            // The same test as `MapKey ==`, which the hashed lookup uses.
            if case .string(let candidate) = keys[index], candidate == field { return entries.values[index] }
            index += 1
        }
        return nil
    }
}
