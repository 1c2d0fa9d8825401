/// The errors the extension libraries raise, as values.
enum ExtensionError {
    /// The standard library's wording, so every function reports a bad call alike.
    static func noSuchOverload(_ function: String, _ arguments: [Value]) -> Value {
        .error(.noSuchOverload(function, arguments))
    }

    static func message(_ text: String) -> Value {
        .error(EvalError(text))
    }
}
