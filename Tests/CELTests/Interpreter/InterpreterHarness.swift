import CEL

/// Parses (and optionally checks) an expression and evaluates it, for tests.
struct InterpreterHarness {
    var variables: [String: Value] = [:]
    var declarations: [String: CELType] = [:]
    var checked = false
    var unknownAttributes: [String] = []
    var missingFieldsAreUnknown = false
    var options = ProgramOptions()

    var environment: Environment { Environment(variables: declarations) }

    var activation: Activation {
        Activation(
            variables, unknownAttributes: unknownAttributes, missingFieldsAreUnknown: missingFieldsAreUnknown)
    }

    func program(_ text: String) throws -> Program {
        let environment = self.environment
        let ast = checked ? try environment.compile(text) : try environment.parse(text)
        return environment.program(ast, options: options)
    }

    func evaluate(_ text: String) throws -> Value {
        try program(text).evaluate(activation)
    }

    func trace(_ text: String) throws -> Evaluation {
        try program(text).evaluate(activation, trace: true)
    }
}

/// Builds a map value from string keys.
func interpreterMap(_ entries: KeyValuePairs<String, Value>) -> Value {
    var map = MapValue()
    for (key, value) in entries { map[.string(key)] = value }
    return .map(map)
}

extension Value {
    var errorMessage: String? {
        if case .error(let error) = self { return error.message }
        return nil
    }

    var unknownAttributes: [String]? {
        if case .unknown(let set) = self { return set.attributes }
        return nil
    }
}
