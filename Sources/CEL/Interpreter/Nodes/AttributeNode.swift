/// A variable of the activation, by name.
///
/// Values are read in place each time rather than cached per evaluation:
/// comparing a few short names finds them faster than a cache slot could be
/// filled, and reading a record's field through the activation's storage
/// avoids copying (retaining) the record at all.
final class VariableReference: Sendable {
    let name: String

    init(name: String) {
        self.name = name
    }

    @inline(__always)
    func lookup(_ state: EvaluationState) -> Value? {
        find(state.variables)
    }

    /// An activation holds a handful of variables, for which comparing the
    /// names beats hashing this one.
    @inline(__always)
    func find(_ variables: [String: Value]) -> Value? {
        guard let index = index(in: variables) else { return nil }
        return variables.values[index]
    }

    @inline(__always)
    func index(in variables: [String: Value]) -> Dictionary<String, Value>.Index? {
        guard variables.count <= 8 else { return variables.index(forKey: name) }
        let length = name.utf8.count
        var index = variables.startIndex
        while index != variables.endIndex {
            let candidate = variables.keys[index]
            if candidate.utf8.count == length, candidate == name { return index }
            variables.formIndex(after: &index)
        }
        return nil
    }
}

/// One step of an attribute chain: `.field` or `[constant]`.
enum Qualifier {
    case field(String, MapKey, ExprID)
    case index(Value, ExprID)

    var component: AttributePath.Component {
        switch self {
        case .field(let name, _, _): return .field(name)
        case .index(let key, _): return Access.lookupKey(key).map { .index($0) } ?? .field("?")
        }
    }

    var id: ExprID {
        switch self {
        case .field(_, _, let id), .index(_, let id): return id
        }
    }
}

/// An attribute: a variable (or comprehension variable) and the constant
/// fields and indexes selected from it, `product.exports[0].value`, evaluated
/// in one node. A qualified variable name (`a.b.c` declared as one variable) is
/// a chain whose root names several components.
final class AttributeNode: Node, @unchecked Sendable {
    enum Root {
        /// A comprehension variable.
        case slot(Int)
        /// Activation variables to try in order, longest qualified name first;
        /// each skips the qualifiers its name already covers.
        case variables([(VariableReference, skip: Int)])
    }

    let root: Root
    let rootID: ExprID
    let qualifiers: [Qualifier]
    let path: AttributePath
    /// Whether to consult `Activation.unknownAttributes` (instrumented tree only).
    let checksUnknowns: Bool

    init(
        id: ExprID, rootID: ExprID, root: Root, rootName: String, qualifiers: [Qualifier],
        checksUnknowns: Bool
    ) {
        self.root = root
        self.rootID = rootID
        self.qualifiers = qualifiers
        let rootComponent: AttributePath.Component
        if case .slot(let slot) = root {
            rootComponent = .field(AttributePath.slotMarker(slot))
        } else {
            rootComponent = .field(rootName)
        }
        self.path = AttributePath([rootComponent] + qualifiers.map(\.component))
        if case .slot = root { self.checksUnknowns = false } else { self.checksUnknowns = checksUnknowns }
        super.init(id: id)
    }

    override var attributePath: AttributePath? { path }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        if checksUnknowns, let unknown = state.unknown(at: path, exprID: id) { return unknown }
        var value: Value
        var start = 0
        switch root {
        case .slot(let slot):
            guard let bound = state.slots[slot] else {
                return .error(EvalError("internal error: unbound comprehension variable", exprID: rootID))
            }
            value = bound
        case .variables(let candidates):
            var found: Value?
            for (reference, skip) in candidates {
                if let bound = reference.lookup(state) {
                    found = bound
                    start = skip
                    break
                }
            }
            guard let found else {
                return .error(
                    EvalError(
                        "undeclared reference to '\(path.components.first.map(describe) ?? "")'",
                        exprID: rootID))
            }
            value = found
        }
        if qualifiers.isEmpty { return value }
        if state.tracing { state.record(start == 0 ? rootID : qualifiers[start - 1].id, value) }
        var position = start
        while position < qualifiers.count {
            switch value {
            case .error, .unknown: return value
            default: break
            }
            let qualifier = qualifiers[position]
            let next: Value?
            switch qualifier {
            case .field(let name, let key, let id):
                next = Access.select(value, key, field: name, id: id)
            case .index(let index, let id):
                next = Access.index(value, index, id: id)
            }
            guard let next else { return missing(at: position, state) }
            value = next
            position += 1
            if state.tracing, position < qualifiers.count { state.record(qualifier.id, value) }
        }
        return value
    }

    private func describe(_ component: AttributePath.Component) -> String {
        AttributePath([component]).description
    }

    /// A map lacked the key of qualifier `position`.
    private func missing(at position: Int, _ state: EvaluationState) -> Value {
        let qualifier = qualifiers[position]
        if state.missingFieldsAreUnknown {
            let missingPath = AttributePath(Array(path.components.prefix(position + 2)))
            return .unknown(UnknownSet(attributes: [missingPath.description], exprIDs: [qualifier.id]))
        }
        switch qualifier {
        case .field(let name, _, let id): return .error(EvalError.noSuchKey(.string(name)).located(id))
        case .index(let key, let id): return .error(EvalError.noSuchKey(key).located(id))
        }
    }
}
