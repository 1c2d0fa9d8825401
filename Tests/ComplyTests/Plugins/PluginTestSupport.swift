import CEL
import Comply

/// Compiles and evaluates one CEL expression with the standard plugins.
enum Plugins {
    static func evaluate(
        _ text: String, _ variables: [String: Value] = [:], types: [String: CELType] = [:]
    ) -> Value {
        let environment = Environment(
            variables: types, libraries: Library.all + PluginRegistry.standard.libraries)
        do {
            let ast = try environment.compile(text)
            return environment.program(ast).evaluate(Activation(variables))
        } catch {
            return .error(EvalError("compile: \(error)"))
        }
    }

    static func isError(_ value: Value) -> Bool {
        if case .error = value { return true }
        return false
    }
}
