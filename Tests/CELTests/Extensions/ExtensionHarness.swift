import Testing

@testable import CEL

/// Calls extension functions directly, through the same dispatcher an
/// evaluator uses, and reads results back without needing `Value: Equatable`.
enum ExtensionHarness {
    /// Calls `name` from `library` with `arguments` through its dispatcher.
    static func call(_ library: Library, _ name: String, _ arguments: Value...) -> Value {
        guard let function = library.functions.first(where: { $0.name == name }) else {
            return .error(EvalError("test: \(library.name) has no function \(name)"))
        }
        if let dispatcher = function.dispatcher {
            return ExtensionFunction.invoke(dispatcher, arguments, name: name)
        }
        return ExtensionFunction.call(name, function.overloads, arguments)
    }

    /// Calls one overload by id, as an evaluator does after type-checking.
    static func callOverload(_ library: Library, _ id: String, _ arguments: Value...) -> Value {
        for function in library.functions {
            if let overload = function.overloads.first(where: { $0.id == id }),
                let implementation = overload.implementation
            {
                return ExtensionFunction.invoke(implementation, arguments, name: function.name)
            }
        }
        return .error(EvalError("test: no overload \(id)"))
    }

    static func string(_ value: Value) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    static func int(_ value: Value) -> Int64? {
        if case .int(let number) = value { return number }
        return nil
    }

    static func uint(_ value: Value) -> UInt64? {
        if case .uint(let number) = value { return number }
        return nil
    }

    static func double(_ value: Value) -> Double? {
        if case .double(let number) = value { return number }
        return nil
    }

    static func bool(_ value: Value) -> Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    static func bytes(_ value: Value) -> [UInt8]? {
        if case .bytes(let bytes) = value { return bytes }
        return nil
    }

    static func strings(_ value: Value) -> [String]? {
        guard case .list(let elements) = value else { return nil }
        var result: [String] = []
        for element in elements {
            guard case .string(let text) = element else { return nil }
            result.append(text)
        }
        return result
    }

    /// The error message, or nil when the value is not an error.
    static func error(_ value: Value) -> String? {
        if case .error(let error) = value { return error.message }
        return nil
    }

    /// Whether the value is `optional.none()`.
    static func isNone(_ value: Value) -> Bool {
        if case .optional(nil) = value { return true }
        return false
    }
}
