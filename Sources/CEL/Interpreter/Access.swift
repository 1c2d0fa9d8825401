/// CEL's field selection and indexing on runtime values, shared by the attribute
/// chains, the select and index nodes and the optional operators.
enum Access {
    /// The key a value looks up in a map: `int`, `uint`, `bool`, `string`, or a
    /// `double` with an integral value (CEL compares numbers across kinds).
    static func lookupKey(_ value: Value) -> MapKey? {
        switch value {
        case .string(let string): return .string(string)
        case .int(let int): return .int(int)
        case .uint(let uint): return .uint(uint)
        case .bool(let bool): return .bool(bool)
        case .double(let double):
            if let int = Int64(exactly: double) { return .int(int) }
            if let uint = UInt64(exactly: double) { return .uint(uint) }
            return nil
        default: return nil
        }
    }

    /// `operand.field` on a value that is neither an error nor an unknown.
    /// Returns `nil` when a map lacks the field, so that the caller can decide
    /// between a "no such key" error and an unknown.
    @inline(__always)
    static func select(_ operand: Value, _ key: MapKey, field: String, id: ExprID) -> Value? {
        switch operand {
        case .map(let map):
            return map.entries[key]
        case .optional(let wrapped):
            guard let wrapped else { return .optional(nil) }
            return optionalSelect(wrapped, key, field: field, id: id)
        default:
            return .error(
                EvalError("type '\(operand.typeName)' does not support field selection", exprID: id))
        }
    }

    /// `operand.?field`: `optional.of(value)` when present, `optional.none()` when not.
    static func optionalSelect(_ operand: Value, _ key: MapKey, field: String, id: ExprID) -> Value {
        switch operand {
        case .map(let map):
            return .optional(map.entries[key])
        case .optional(let wrapped):
            guard let wrapped else { return operand }
            return optionalSelect(wrapped, key, field: field, id: id)
        case .error, .unknown:
            return operand
        default:
            return .error(
                EvalError("type '\(operand.typeName)' does not support field selection", exprID: id))
        }
    }

    /// `has(operand.field)`.
    static func has(_ operand: Value, _ key: MapKey, id: ExprID) -> Value {
        switch operand {
        case .map(let map):
            return .bool(map.entries[key] != nil)
        case .optional(let wrapped):
            guard let wrapped else { return .bool(false) }
            return has(wrapped, key, id: id)
        case .error, .unknown:
            return operand
        default:
            return .error(
                EvalError("invalid type for field presence test: '\(operand.typeName)'", exprID: id))
        }
    }

    /// `operand[index]` on values that are neither errors nor unknowns; `nil` when
    /// a map lacks the key.
    static func index(_ operand: Value, _ index: Value, id: ExprID) -> Value? {
        switch operand {
        case .list(let list):
            return element(of: list, at: index, id: id)
        case .map(let map):
            guard let key = lookupKey(index) else {
                if case .double = index { return nil }
                return .error(EvalError.unsupportedKeyType(index).located(id))
            }
            return map.entries[key]
        case .optional(let wrapped):
            guard let wrapped else { return operand }
            return optionalIndex(wrapped, index, id: id)
        default:
            return .error(
                EvalError.noSuchOverload(Operator.index, [operand, index]).located(id))
        }
    }

    /// `operand[?index]`.
    static func optionalIndex(_ operand: Value, _ index: Value, id: ExprID) -> Value {
        switch operand {
        case .list(let list):
            let value = element(of: list, at: index, id: id)
            if case .error = value { return integerIndex(index) == nil ? value : .optional(nil) }
            return .optional(value)
        case .map(let map):
            guard let key = lookupKey(index) else {
                if case .double = index { return .optional(nil) }
                return .error(EvalError.unsupportedKeyType(index).located(id))
            }
            return .optional(map.entries[key])
        case .optional(let wrapped):
            guard let wrapped else { return operand }
            return optionalIndex(wrapped, index, id: id)
        case .error, .unknown:
            return operand
        default:
            return .error(
                EvalError.noSuchOverload(Operator.optionalIndex, [operand, index]).located(id))
        }
    }

    private static func integerIndex(_ index: Value) -> Int64? {
        switch index {
        case .int(let int): return int
        case .uint(let uint): return Int64(exactly: uint)
        case .double(let double): return Int64(exactly: double)
        default: return nil
        }
    }

    private static func element(of list: [Value], at index: Value, id: ExprID) -> Value {
        guard let position = integerIndex(index) else {
            if case .uint = index {
                return .error(
                    EvalError.indexOutOfBounds(String(describing: index), count: list.count).located(id))
            }
            return .error(EvalError.invalidIndex(index).located(id))
        }
        guard position >= 0, position < list.count else {
            return .error(EvalError.indexOutOfBounds(String(position), count: list.count).located(id))
        }
        return list[Int(position)]
    }

    /// The error or unknown a strict operation returns for its operands, if any:
    /// unknowns win (merged), then the first error.
    @inline(__always)
    static func strict(_ a: Value, _ b: Value) -> Value? {
        switch (a, b) {
        case (.unknown(let x), .unknown(let y)): return .unknown(x.merging(y))
        case (.unknown, _): return a
        case (_, .unknown): return b
        case (.error, _): return a
        case (_, .error): return b
        default: return nil
        }
    }

    /// As ``strict(_:_:)`` over any number of operands.
    static func strict(_ values: [Value]) -> Value? {
        var unknown: UnknownSet?
        var error: Value?
        for value in values {
            switch value {
            case .unknown(let set): unknown = unknown.map { $0.merging(set) } ?? set
            case .error: if error == nil { error = value }
            default: break
            }
        }
        if let unknown { return .unknown(unknown) }
        return error
    }
}

extension EvalError {
    func located(_ id: ExprID) -> EvalError {
        var copy = self
        if copy.exprID == nil { copy.exprID = id }
        return copy
    }
}
