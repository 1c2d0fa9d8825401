/// The runtime errors of the standard library, made in one place so that every
/// function words the same fault the same way (cel-go's wording where it has one).
extension EvalError {
    /// No overload of `function` accepts arguments of these runtime types.
    public static func noSuchOverload(_ function: String, _ arguments: [Value]) -> EvalError {
        let types = arguments.map(\.typeName).joined(separator: ", ")
        return EvalError("found no matching overload for '\(function)' applied to '(\(types))'")
    }

    /// An `int` result outside -2^63 ..< 2^63.
    public static var intOverflow: EvalError { EvalError("integer overflow") }

    /// A `uint` result outside 0 ..< 2^64.
    public static var uintOverflow: EvalError { EvalError("unsigned integer overflow") }

    public static var divisionByZero: EvalError { EvalError("division by zero") }

    public static var moduloByZero: EvalError { EvalError("modulus by zero") }

    public static func indexOutOfBounds(_ index: String, count: Int) -> EvalError {
        EvalError("index out of bounds: \(index) (list has \(count) element\(count == 1 ? "" : "s"))")
    }

    public static func invalidIndex(_ index: Value) -> EvalError {
        EvalError("invalid list index \(index) of type \(index.typeName): an index must be an integer")
    }

    /// A map lookup for a key the map does not hold.
    public static func noSuchKey(_ key: Value) -> EvalError {
        if case .string(let name) = key { return EvalError("no such key: '\(name)'") }
        return EvalError("no such key: \(key)")
    }

    public static func unsupportedKeyType(_ key: Value) -> EvalError {
        EvalError("unsupported key type: \(key.typeName) (map keys are bool, int, uint or string)")
    }

    /// A conversion whose result does not fit the target type.
    public static func conversionRange(_ value: Value, to target: String) -> EvalError {
        EvalError("range error converting \(value) to \(target)")
    }

    /// A conversion from text that does not spell a value of the target type.
    public static func conversion(_ value: Value, to target: String) -> EvalError {
        EvalError("type conversion error from \(value.typeName) \(value) to '\(target)'")
    }

    public static var timestampOutOfRange: EvalError {
        EvalError("timestamp out of range (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z)")
    }

    public static var durationOutOfRange: EvalError {
        EvalError("duration out of range (a duration is limited to about ±292 years, int64 nanoseconds)")
    }
}
