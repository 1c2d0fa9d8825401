/// CEL's gradual typing rules (cel-spec langdef "Gradual Type Checking"), as
/// cel-go's `checker/types.go` implements them: `dyn` and the error type are
/// assignable to and from anything, type parameters unify, `null` is assignable
/// to the nullable types only, parameterised types agree parameter by parameter.
extension TypeSubstitution {
    /// Whether a value of type `from` may be used where `to` is expected. On
    /// success the bindings this needs are kept; on failure nothing changes.
    mutating func isAssignable(_ from: CELType, to: CELType) -> Bool {
        attempt { $0.unify(from, to) }
    }

    /// Whether each type of `from` is assignable to the type at the same position in `to`,
    /// keeping the bindings only if all are.
    mutating func isAssignable(_ from: [CELType], to: [CELType]) -> Bool {
        attempt { $0.unify(from, to) }
    }

    private mutating func unify(_ from: [CELType], _ to: [CELType]) -> Bool {
        guard from.count == to.count else { return false }
        for (source, target) in zip(from, to) where !unify(source, target) {
            return false
        }
        return true
    }

    /// cel-go's `internalIsAssignable`: may bind parameters even when it fails, so
    /// callers go through ``attempt(_:)``.
    private mutating func unify(_ t1: CELType, _ t2: CELType) -> Bool {
        if case .typeParameter = t2 {
            let (valid, hasBinding) = isValidSubstitution(t1, for: t2)
            if valid { return true }
            if hasBinding { return false }
        }
        if case .typeParameter = t1 {
            return isValidSubstitution(t2, for: t1).valid
        }
        if t1.isDynOrError || t2.isDynOrError { return true }
        if t1 == .null { return t2.isNullable }
        if t2 == .null { return t1.isNullable }
        switch (t1, t2) {
        case (.type, .type):
            return true
        case (.list(let e1), .list(let e2)):
            return unify(e1, e2)
        case (.map(let k1, let v1), .map(let k2, let v2)):
            return unify(k1, k2) && unify(v1, v2)
        case (.optional(let w1), .optional(let w2)):
            return unify(w1, w2)
        case (.opaque(let n1, let p1), .opaque(let n2, let p2)):
            return n1 == n2 && unify(p1, p2)
        default:
            return t1 == t2
        }
    }

    /// Whether `parameter` (or what it is bound to) can stand for `type`, binding it
    /// if it is free, or widening its binding to the more general of the two.
    private mutating func isValidSubstitution(
        _ type: CELType, for parameter: CELType
    ) -> (valid: Bool, hasBinding: Bool) {
        if type == parameter { return (true, true) }
        guard case .typeParameter(let name) = parameter else { return (false, false) }
        if let bound = binding(of: name) {
            if type == bound { return (true, true) }
            if unify(type, bound) {
                let widened = mostGeneral(type, bound)
                if !occurs(name, in: widened) { bind(name, to: widened) }
                return (true, true)
            }
            return (false, true)
        }
        if !occurs(name, in: type) {
            bind(name, to: type)
            return (true, false)
        }
        return (false, false)
    }

    /// The occurs check: whether the parameter `name` appears in `type`, following bindings.
    func occurs(_ name: String, in type: CELType) -> Bool {
        switch type {
        case .typeParameter(let other):
            if other == name { return true }
            guard let bound = binding(of: other) else { return false }
            return occurs(name, in: bound)
        case .list(let element): return occurs(name, in: element)
        case .map(let key, let value): return occurs(name, in: key) || occurs(name, in: value)
        case .type(let denoted): return occurs(name, in: denoted)
        case .optional(let wrapped): return occurs(name, in: wrapped)
        case .opaque(_, let parameters): return parameters.contains { occurs(name, in: $0) }
        case .dyn, .null, .bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration, .message,
            .error:
            return false
        }
    }
}

extension CELType {
    var isDynOrError: Bool {
        switch self {
        case .dyn, .error: return true
        default: return false
        }
    }

    /// The types `null` may be assigned to, as cel-go's checker allows for
    /// compatibility (messages, well-known and abstract types).
    var isNullable: Bool {
        switch self {
        case .null, .message, .opaque, .optional, .timestamp, .duration: return true
        default: return false
        }
    }

    /// Whether `self` is equal to `other` or less specific (it matches `other` by
    /// having `dyn` or a type parameter where `other` has something more precise).
    func isEqualOrLessSpecific(than other: CELType) -> Bool {
        switch (self, other) {
        case (.dyn, _), (.typeParameter, _): return true
        case (_, .dyn), (_, .typeParameter): return false
        case (.list(let e1), .list(let e2)): return e1.isEqualOrLessSpecific(than: e2)
        case (.map(let k1, let v1), .map(let k2, let v2)):
            return k1.isEqualOrLessSpecific(than: k2) && v1.isEqualOrLessSpecific(than: v2)
        case (.optional(let w1), .optional(let w2)): return w1.isEqualOrLessSpecific(than: w2)
        case (.opaque(let n1, let p1), .opaque(let n2, let p2)):
            return n1 == n2 && p1.count == p2.count
                && zip(p1, p2).allSatisfy { $0.isEqualOrLessSpecific(than: $1) }
        case (.type, .type): return true
        default: return self == other
        }
    }
}

/// The more general of two types already known to unify (`list(dyn)` over `list(int)`).
func mostGeneral(_ t1: CELType, _ t2: CELType) -> CELType {
    t1.isEqualOrLessSpecific(than: t2) ? t1 : t2
}
