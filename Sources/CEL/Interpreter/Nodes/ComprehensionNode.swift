/// A fold (the expansion of `all`, `exists`, `exists_one`, `map`, `filter`,
/// `optMap`, `cel.bind` …): see ``Comprehension``. Its variables live in slots
/// of the evaluation state; every iteration is charged against the cost limit.
final class ComprehensionNode: Node, @unchecked Sendable {
    let range: Node
    let accumulatorInit: Node
    let condition: Node
    let step: Node
    let result: Node
    let iterationSlot: Int
    /// The slot of the second iteration variable (index or value), or -1.
    let secondIterationSlot: Int
    let accumulatorSlot: Int
    /// Charged per iteration: an upper bound of the nodes one iteration evaluates.
    let iterationCost: Int
    /// What the iteration variables' slot markers stand for in an unknown's attribute path
    /// (see ``AttributePath/slotMarker(_:)``): the range's own path, indexed by the
    /// element, when the range is an attribute; else the variables' names.
    let rangePath: AttributePath?
    let names: (iteration: String, second: String?)

    init(
        id: ExprID, range: Node, accumulatorInit: Node, condition: Node, step: Node, result: Node,
        slots: (iteration: Int, secondIteration: Int, accumulator: Int), iterationCost: Int,
        names: (iteration: String, second: String?)
    ) {
        self.rangePath = range.attributePath
        self.names = names
        self.range = range
        self.accumulatorInit = accumulatorInit
        self.condition = condition
        self.step = step
        self.result = result
        self.iterationSlot = slots.iteration
        self.secondIterationSlot = slots.secondIteration
        self.accumulatorSlot = slots.accumulator
        self.iterationCost = iterationCost
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let rangeValue = range.evaluate(&state)
        state.slots[accumulatorSlot] = accumulatorInit.evaluate(&state)
        defer {
            state.slots[accumulatorSlot] = nil
            state.slots[iterationSlot] = nil
            if secondIterationSlot >= 0 { state.slots[secondIterationSlot] = nil }
        }
        switch rangeValue {
        case .list(let items):
            guard items.count <= state.maxComprehensionSize else { return tooLarge(items.count, state) }
            for (index, item) in items.enumerated() {
                if secondIterationSlot >= 0 {
                    state.slots[iterationSlot] = .int(Int64(index))
                    state.slots[secondIterationSlot] = item
                } else {
                    state.slots[iterationSlot] = item
                }
                if let stop = iterate(&state) {
                    if stop { break }
                    return .error(EvalError.costLimitExceeded(state.costLimit).located(id))
                }
                if state.missingFieldsAreUnknown {
                    nameElement(.index(.int(Int64(index))), inList: true, &state)
                }
            }
        case .map(let map):
            guard map.count <= state.maxComprehensionSize else { return tooLarge(map.count, state) }
            for (key, value) in map.entries {
                state.slots[iterationSlot] = key.value
                if secondIterationSlot >= 0 { state.slots[secondIterationSlot] = value }
                if let stop = iterate(&state) {
                    if stop { break }
                    return .error(EvalError.costLimitExceeded(state.costLimit).located(id))
                }
                if state.missingFieldsAreUnknown { nameElement(.index(key), inList: false, &state) }
            }
        case .error, .unknown:
            return rangeValue
        default:
            return .error(
                EvalError(
                    "expression of type '\(rangeValue.typeName)' cannot be the range of a comprehension",
                    exprID: range.id))
        }
        return result.evaluate(&state)
    }

    /// One iteration: `nil` to go on, `true` when the loop condition stops the
    /// loop, `false` when the cost limit is exceeded.
    @inline(__always)
    private func iterate(_ state: inout EvaluationState) -> Bool? {
        state.cost &+= iterationCost
        if state.cost > state.costLimit { return false }
        guard case .bool(true) = condition.evaluate(&state) else { return true }
        state.slots[accumulatorSlot] = step.evaluate(&state)
        return nil
    }

    /// Replaces the slot markers in the accumulator's unknown attributes by the path of the
    /// element this iteration read (`product.bill_of_materials[2].hs_code`), so that a
    /// missing fact found inside the loop is named where it is missing.
    private func nameElement(_ key: AttributePath.Component, inList: Bool, _ state: inout EvaluationState) {
        guard case .unknown(let set) = state.slots[accumulatorSlot],
            set.attributes.contains(where: { $0.hasPrefix(AttributePath.slotMarkerPrefix) })
        else { return }
        let elementPath = rangePath?.appending(key).description
        // In a list the element is the single variable, or the second of two (the first is
        // the index); in a map the single variable is the key and the second the value.
        var replacements: [(marker: String, text: String)] = []
        let first = AttributePath.slotMarker(iterationSlot)
        let second = secondIterationSlot >= 0 ? AttributePath.slotMarker(secondIterationSlot) : nil
        if let second {
            replacements.append((first, names.iteration))
            replacements.append((second, elementPath ?? names.second ?? names.iteration))
        } else {
            replacements.append((first, (inList ? elementPath : nil) ?? names.iteration))
        }
        let renamed = set.attributes.map { attribute in
            for (marker, text) in replacements
            where attribute == marker || attribute.hasPrefix(marker + ".")
                || attribute.hasPrefix(marker + "[")
            {
                return text + attribute.dropFirst(marker.count)
            }
            return attribute
        }
        state.slots[accumulatorSlot] = .unknown(UnknownSet(attributes: renamed, exprIDs: set.exprIDs))
    }

    private func tooLarge(_ count: Int, _ state: EvaluationState) -> Value {
        .error(
            EvalError(
                "comprehension over \(count) elements exceeds the limit of \(state.maxComprehensionSize)",
                exprID: range.id))
    }
}

/// `accumulator + [element]`, the step of `map` and `filter`, done in place so
/// that building a list of n elements costs O(n), not O(n²).
final class AppendToAccumulatorNode: Node, @unchecked Sendable {
    let accumulatorSlot: Int
    let element: Node
    /// The general `_+_`, for an accumulator that is not a list.
    let add: (@Sendable (Value, Value) -> Value)?

    init(id: ExprID, accumulatorSlot: Int, element: Node, add: (@Sendable (Value, Value) -> Value)?) {
        self.accumulatorSlot = accumulatorSlot
        self.element = element
        self.add = add
        super.init(id: id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = element.evaluate(&state)
        // Taking the list out of its slot leaves this the only reference, so append does not copy.
        guard var accumulator = state.slots[accumulatorSlot] else {
            return .error(EvalError("internal error: unbound accumulator", exprID: id))
        }
        state.slots[accumulatorSlot] = nil
        if let propagated = Access.strict(accumulator, value) { return propagated }
        if case .list(var list) = accumulator {
            accumulator = .null
            list.append(value)
            return .list(list)
        }
        guard let add else {
            return .error(EvalError.noSuchOverload(Operator.add, [accumulator, .list([value])]))
        }
        return add(accumulator, .list([value])).located(at: id)
    }
}

/// Charges the size of what its inner node built (a concatenation inside a
/// loop), so that doubling a string or list in a comprehension hits the cost
/// limit instead of exhausting memory.
final class SizeChargeNode: Node, @unchecked Sendable {
    let inner: Node

    init(_ inner: Node) {
        self.inner = inner
        super.init(id: inner.id)
    }

    override func evaluate(_ state: inout EvaluationState) -> Value {
        let value = inner.evaluate(&state)
        switch value {
        case .string(let string): state.cost &+= string.utf8.count / 16
        case .bytes(let bytes): state.cost &+= bytes.count / 16
        case .list(let list): state.cost &+= list.count
        case .map(let map): state.cost &+= map.count
        default: break
        }
        return value
    }
}
