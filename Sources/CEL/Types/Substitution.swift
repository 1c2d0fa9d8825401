/// The bindings of type parameters that the checker has inferred so far.
///
/// A generic overload such as `_+_(list(A), list(A)) -> list(A)` is used with
/// fresh type parameters at every call; unifying the arguments' types with the
/// parameters binds them (`A` → `int`). Bindings may point at other parameters;
/// ``substitute(_:unboundToDyn:)`` follows them.
///
/// Attempts that fail leave no trace: ``attempt(_:)`` undoes every binding made
/// by a failed unification, as cel-go does by copying its mapping, but at the
/// cost of the bindings changed rather than of the whole mapping.
struct TypeSubstitution {
    private var bindings: [String: CELType] = [:]
    /// Previous values of the bindings changed inside an ``attempt(_:)``.
    private var undoLog: [(name: String, previous: CELType?)] = []
    private var attemptDepth = 0

    init() {}

    /// The type a parameter is bound to, if any.
    func binding(of name: String) -> CELType? {
        bindings[name]
    }

    mutating func bind(_ name: String, to type: CELType) {
        if attemptDepth > 0 { undoLog.append((name, bindings[name])) }
        bindings[name] = type
    }

    /// Runs `body` and keeps its bindings only if it returns `true`.
    mutating func attempt(_ body: (inout TypeSubstitution) -> Bool) -> Bool {
        let mark = undoLog.count
        attemptDepth += 1
        let succeeded = body(&self)
        attemptDepth -= 1
        if !succeeded {
            while undoLog.count > mark, let (name, previous) = undoLog.popLast() {
                bindings[name] = previous
            }
        }
        if attemptDepth == 0 { undoLog.removeAll(keepingCapacity: true) }
        return succeeded
    }

    /// The number of nodes of `type` with its bindings expanded, counted up to
    /// `limit + 1` only, so that the count costs at most `limit` steps however
    /// large the type is.
    func expandedSize(of type: CELType, limit: Int) -> Int {
        var remaining = limit + 1
        countNodes(type, remaining: &remaining)
        return limit + 1 - remaining
    }

    private func countNodes(_ type: CELType, remaining: inout Int) {
        guard remaining > 0 else { return }
        remaining -= 1
        switch type {
        case .typeParameter(let name):
            if let bound = bindings[name] { countNodes(bound, remaining: &remaining) }
        case .list(let element): countNodes(element, remaining: &remaining)
        case .map(let key, let value):
            countNodes(key, remaining: &remaining)
            countNodes(value, remaining: &remaining)
        case .type(let denoted): countNodes(denoted, remaining: &remaining)
        case .optional(let wrapped): countNodes(wrapped, remaining: &remaining)
        case .opaque(_, let parameters):
            for parameter in parameters { countNodes(parameter, remaining: &remaining) }
        case .dyn, .null, .bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration, .message,
            .error:
            break
        }
    }

    /// `type` with every bound parameter replaced by its binding, transitively.
    /// With `unboundToDyn`, parameters still free become `dyn` (the checker's
    /// final answer for what it could not pin down).
    func substitute(_ type: CELType, unboundToDyn: Bool) -> CELType {
        switch type {
        case .typeParameter(let name):
            if let bound = bindings[name] { return substitute(bound, unboundToDyn: unboundToDyn) }
            return unboundToDyn ? .dyn : type
        case .list(let element):
            return .list(substitute(element, unboundToDyn: unboundToDyn))
        case .map(let key, let value):
            return .map(
                substitute(key, unboundToDyn: unboundToDyn), substitute(value, unboundToDyn: unboundToDyn))
        case .type(let denoted):
            return .type(substitute(denoted, unboundToDyn: unboundToDyn))
        case .optional(let wrapped):
            return .optional(substitute(wrapped, unboundToDyn: unboundToDyn))
        case .opaque(let name, let parameters):
            return .opaque(name, parameters.map { substitute($0, unboundToDyn: unboundToDyn) })
        case .dyn, .null, .bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration, .message,
            .error:
            return type
        }
    }
}

extension CELType {
    /// The names of the type parameters the type mentions, in order of first appearance.
    func collectTypeParameters(into names: inout [String]) {
        switch self {
        case .typeParameter(let name):
            if !names.contains(name) { names.append(name) }
        case .list(let element): element.collectTypeParameters(into: &names)
        case .map(let key, let value):
            key.collectTypeParameters(into: &names)
            value.collectTypeParameters(into: &names)
        case .type(let denoted): denoted.collectTypeParameters(into: &names)
        case .optional(let wrapped): wrapped.collectTypeParameters(into: &names)
        case .opaque(_, let parameters):
            for parameter in parameters { parameter.collectTypeParameters(into: &names) }
        case .dyn, .null, .bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration, .message,
            .error:
            break
        }
    }

    /// The type with parameters renamed by `renaming` (names not in it are kept).
    func renamingTypeParameters(_ renaming: [String: String]) -> CELType {
        switch self {
        case .typeParameter(let name): return .typeParameter(renaming[name] ?? name)
        case .list(let element): return .list(element.renamingTypeParameters(renaming))
        case .map(let key, let value):
            return .map(key.renamingTypeParameters(renaming), value.renamingTypeParameters(renaming))
        case .type(let denoted): return .type(denoted.renamingTypeParameters(renaming))
        case .optional(let wrapped): return .optional(wrapped.renamingTypeParameters(renaming))
        case .opaque(let name, let parameters):
            return .opaque(name, parameters.map { $0.renamingTypeParameters(renaming) })
        case .dyn, .null, .bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration, .message,
            .error:
            return self
        }
    }
}
