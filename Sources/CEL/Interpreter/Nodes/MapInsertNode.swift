import OrderedCollections

/// `cel.@mapInsert(map, key, value)` and `cel.@mapInsert(map, entries)`: the
/// step of `transformMap` and `transformMapEntry`. When `map` is the loop's
/// accumulator the insertion happens in place, so building a map of n entries
/// costs O(n).
final class MapInsertNode: Node, @unchecked Sendable {
    /// The accumulator's slot when the map argument is the accumulator, else -1.
    let accumulatorSlot: Int
    let map: Node
    let arguments: [Node]

    init(id: ExprID, map: Node, arguments: [Node], accumulatorSlot: Int) {
        self.map = map
        self.arguments = arguments
        self.accumulatorSlot = accumulatorSlot
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        var values: [Value] = []
        values.reserveCapacity(arguments.count + 1)
        for argument in arguments { values.append(argument.evaluate(&state)) }
        var target: Value
        if accumulatorSlot >= 0 {
            // Taking the map out of its slot leaves this the only reference, so inserting does not copy.
            target = state.slots[accumulatorSlot] ?? .null
            state.slots[accumulatorSlot] = nil
        } else {
            target = map.evaluate(&state)
        }
        if let propagated = Access.strict([target] + values) { return propagated }
        guard case .map(var result) = target else {
            return .error(EvalError.noSuchOverload(MapInsertNode.function, [target] + values).located(id))
        }
        target = .null
        switch values.count {
        case 2:
            if let failure = Self.insert(values[0], values[1], into: &result, id: id) { return failure }
        case 1:
            guard case .map(let entries) = values[0] else {
                return .error(
                    EvalError.noSuchOverload(MapInsertNode.function, [.map(result)] + values).located(id))
            }
            for (key, value) in entries.entries {
                if let failure = Self.insert(key.value, value, into: &result, id: id) { return failure }
            }
        default:
            return .error(
                EvalError.noSuchOverload(MapInsertNode.function, [.map(result)] + values).located(id))
        }
        return .map(result)
    }

    static let function = "cel.@mapInsert"

    private static func insert(_ key: Value, _ value: Value, into map: inout MapValue, id: ExprID) -> Value? {
        guard let mapKey = MapNode.key(key) else {
            return .error(EvalError.unsupportedKeyType(key).located(id))
        }
        guard map.entries.updateValue(value, forKey: mapKey) == nil else {
            return .error(EvalError("insert failed: key \(key) already exists", exprID: id))
        }
        return nil
    }
}
