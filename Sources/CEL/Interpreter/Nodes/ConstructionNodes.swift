import OrderedCollections

/// `[a, b, ?c]`: strict in its elements; an optional element is left out when
/// it is `optional.none()`.
final class ListNode: Node, @unchecked Sendable {
    let elements: [Node]
    /// Parallel to `elements`: whether the element was written `?e`.
    let optional: [Bool]

    init(id: ExprID, elements: [Node], optionalIndices: [Int]) {
        self.elements = elements
        var optional = [Bool](repeating: false, count: elements.count)
        for index in optionalIndices where index >= 0 && index < elements.count { optional[index] = true }
        self.optional = optional
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        var failed = false
        for (element, isOptional) in zip(elements, optional) {
            let value = element.evaluate(&state)
            switch value {
            case .error, .unknown:
                failed = true
                values.append(value)
            case .optional(let wrapped) where isOptional:
                if let wrapped { values.append(wrapped) }
            default:
                if isOptional { return .error(EvalError.optionalExpected(value).located(element.id)) }
                values.append(value)
            }
        }
        if failed, let propagated = Access.strict(values) { return propagated }
        return .list(values)
    }
}

/// `{k: v, ?k2: v2}`: keys must be `int`, `uint`, `bool` or `string` and unique.
final class MapNode: Node, @unchecked Sendable {
    struct Entry {
        let id: ExprID
        let key: Node
        let value: Node
        let isOptional: Bool
    }

    let entries: [Entry]

    init(id: ExprID, entries: [Entry]) {
        self.entries = entries
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        var result = OrderedDictionary<MapKey, Value>(minimumCapacity: entries.count)
        var problems: [Value] = []
        for entry in entries {
            let key = entry.key.evaluate(&state)
            let value = entry.value.evaluate(&state)
            if key.isErrorOrUnknown || value.isErrorOrUnknown {
                problems.append(key)
                problems.append(value)
                continue
            }
            guard let mapKey = MapNode.key(key) else {
                return .error(EvalError.unsupportedKeyType(key).located(entry.key.id))
            }
            var stored = value
            if entry.isOptional {
                guard case .optional(let wrapped) = value else {
                    return .error(EvalError.optionalExpected(value).located(entry.value.id))
                }
                guard let wrapped else { continue }
                stored = wrapped
            }
            if result.updateValue(stored, forKey: mapKey) != nil {
                return .error(EvalError("Failed with repeated key: \(key)", exprID: entry.id))
            }
        }
        if let propagated = Access.strict(problems) { return propagated }
        return .map(MapValue(result))
    }

    /// Map keys are exactly `int`, `uint`, `bool` and `string` (no doubles).
    static func key(_ value: Value) -> MapKey? {
        switch value {
        case .int(let int): return .int(int)
        case .uint(let uint): return .uint(uint)
        case .bool(let bool): return .bool(bool)
        case .string(let string): return .string(string)
        default: return nil
        }
    }
}

/// `Name{field: value}`: message construction, which Comply (no protobuf) cannot evaluate.
final class StructureNode: Node, @unchecked Sendable {
    let typeName: String
    let fields: [Node]

    init(id: ExprID, typeName: String, fields: [Node]) {
        self.typeName = typeName
        self.fields = fields
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        var values: [Value] = []
        for field in fields { values.append(field.evaluate(&state)) }
        if let propagated = Access.strict(values) { return propagated }
        return .error(
            EvalError("unknown message type '\(typeName)': message construction is not supported", exprID: id)
        )
    }
}

extension EvalError {
    static func optionalExpected(_ value: Value) -> EvalError {
        EvalError("cannot initialize an optional entry from a non-optional value of type '\(value.typeName)'")
    }
}
