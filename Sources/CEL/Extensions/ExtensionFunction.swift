/// Builds the ``Function`` values of the extension libraries.
///
/// Every overload carries its own implementation, so an evaluator that resolved
/// the overload at check time can call it directly. The function also gets a
/// dispatcher that picks the overload at run time from the arguments' kinds, so
/// that unchecked expressions and `dyn` arguments reach the same code.
enum ExtensionFunction {
    /// A function whose dispatcher calls the first overload accepting the arguments.
    ///
    /// - Parameter dispatcher: replaces the generic dispatcher when an overload set
    ///   cannot be told apart by kinds alone (e.g. `math.greatest` on mixed lists).
    static func make(_ name: String, _ overloads: [Overload], dispatcher: Implementation? = nil) -> Function {
        let dispatch = dispatcher ?? .variadic { arguments in call(name, overloads, arguments) }
        return Function(name: name, overloads: overloads, dispatcher: dispatch)
    }

    /// A function without a dispatcher, for names other libraries also declare
    /// (`_[_]`): a dispatcher would replace theirs when environments merge.
    static func overloadsOnly(_ name: String, _ overloads: [Overload]) -> Function {
        Function(name: name, overloads: overloads)
    }

    /// Calls the first overload whose parameters accept `arguments`.
    static func call(_ name: String, _ overloads: [Overload], _ arguments: [Value]) -> Value {
        for overload in overloads where overload.parameters.count == arguments.count {
            guard let implementation = overload.implementation else { continue }
            if zip(overload.parameters, arguments).allSatisfy({ accepts($0, $1) }) {
                return invoke(implementation, arguments, name: name)
            }
        }
        return ExtensionError.noSuchOverload(name, arguments)
    }

    /// Calls `implementation` with `arguments`, checking that the arity fits.
    static func invoke(_ implementation: Implementation, _ arguments: [Value], name: String) -> Value {
        switch (implementation, arguments.count) {
        case (.unary(let body), 1): return body(arguments[0])
        case (.binary(let body), 2): return body(arguments[0], arguments[1])
        case (.ternary(let body), 3): return body(arguments[0], arguments[1], arguments[2])
        case (.variadic(let body), _): return body(arguments)
        default: return ExtensionError.noSuchOverload(name, arguments)
        }
    }

    /// Whether a runtime value may be passed where `type` is declared. Lists and
    /// maps are checked element by element, so `['a', 1].join()` finds no overload.
    static func accepts(_ type: CELType, _ value: Value) -> Bool {
        switch (type, value) {
        case (.dyn, _), (.typeParameter, _): return true
        case (.null, .null), (.bool, .bool), (.int, .int), (.uint, .uint), (.double, .double),
            (.string, .string), (.bytes, .bytes), (.timestamp, .timestamp), (.duration, .duration),
            (.type, .type), (.optional, .optional):
            return true
        case (.list(let element), .list(let elements)):
            return elements.allSatisfy { accepts(element, $0) }
        case (.map(let keyType, let valueType), .map(let map)):
            return map.entries.allSatisfy { accepts(keyType, $0.key.value) && accepts(valueType, $0.value) }
        default:
            return false
        }
    }
}
