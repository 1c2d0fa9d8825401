import CEL

/// Decimal arithmetic and comparisons for rules that compute with money or shares in CEL
/// (`decimal.*`), version 1.0.0.
///
/// CEL's doubles are binary: `57.0 / 100.0 * 100.0 >= 57.0` is false. These functions
/// read each number as the decimal its shortest text spells, compute exactly, and
/// compare after rounding both sides to ``comparisonPlaces`` decimals, so that the noise
/// of a double computed elsewhere never decides a legal threshold:
/// `decimal.ge(57.0 / 100.0 * 100.0, 57.0)` is true.
///
/// | function | result |
/// |---|---|
/// | `decimal.add(a, b)`, `decimal.sub(a, b)`, `decimal.mul(a, b)` | `double`, exact then converted |
/// | `decimal.div(a, b)` | `double`, rounded half away from zero to 9 places; error on 0 |
/// | `decimal.percent(part, whole)` | `double`: part / whole × 100, 6 places |
/// | `decimal.round(x, places)` | `double`, half away from zero (`decimal.round(2.345, 2) == 2.35`) |
/// | `decimal.sum(list)` | `double`: exact sum of a list of numbers |
/// | `decimal.eq`, `decimal.ge`, `decimal.gt`, `decimal.le`, `decimal.lt` | `bool`, at 9 places |
///
/// Every numeric parameter accepts `int` or `double`.
public struct DecimalPlugin: FunctionPlugin {
    public let id = "decimal"
    public let version = SemanticVersion(major: 1, minor: 0, patch: 0)
    public let summary = "Exact decimal arithmetic and threshold comparisons"

    /// Places both sides of a comparison are rounded to.
    public static let comparisonPlaces = 9

    public init() {}

    public var library: Library {
        var functions: [Function] = [
            Self.arithmetic("decimal.add") { $0.adding($1) },
            Self.arithmetic("decimal.sub") { $0.subtracting($1) },
            Self.arithmetic("decimal.mul") { $0.multiplying($1) },
            Self.arithmetic("decimal.div") { $0.dividing(by: $1, places: Self.comparisonPlaces) },
            Self.arithmetic("decimal.percent") { part, whole in
                part.multiplying(ExactDecimal(100)).flatMap {
                    $0.dividing(by: whole, places: OriginPlugin.places)
                }
            },
            PluginFunction.make("decimal.round", [.number, .type(.int)], .double) { arguments in
                let function = "decimal.round"
                guard arguments.count == 2, case .int(let places) = arguments[1] else {
                    return .error(EvalError("\(function) expects a number and a count of places"))
                }
                guard (0...Int64(ExactDecimal.maximumScale)).contains(places) else {
                    return .error(
                        EvalError(
                            "\(function): places must be 0 to \(ExactDecimal.maximumScale), got \(places)"))
                }
                return PluginFunction.decimal(arguments[0], function, "number")
                    .map { .double($0.rounded(places: Int(places)).doubleValue) }.value
            },
            PluginFunction.make("decimal.sum", [.type(.list(.dyn))], .double) { arguments in
                let function = "decimal.sum"
                guard arguments.count == 1, case .list(let items) = arguments[0] else {
                    return .error(EvalError("\(function) expects a list of numbers"))
                }
                var sum = ExactDecimal.zero
                for (index, item) in items.enumerated() {
                    switch PluginFunction.decimal(item, function, "element \(index)") {
                    case .failure(let error): return .error(error)
                    case .success(let amount):
                        guard let next = sum.adding(amount) else { return PluginFunction.overflow(function) }
                        sum = next
                    }
                }
                return .double(sum.doubleValue)
            },
        ]
        let comparisons: [(String, @Sendable (ExactDecimal, ExactDecimal) -> Bool)] = [
            ("decimal.eq", { $0 == $1 }), ("decimal.ge", { $0 >= $1 }), ("decimal.gt", { $0 > $1 }),
            ("decimal.le", { $0 <= $1 }), ("decimal.lt", { $0 < $1 }),
        ]
        for (name, holds) in comparisons {
            functions.append(
                PluginFunction.make(name, [.number, .number], .bool) { arguments in
                    Self.operands(name, arguments).map { a, b in
                        .bool(
                            holds(
                                a.rounded(places: Self.comparisonPlaces),
                                b.rounded(places: Self.comparisonPlaces)))
                    }.value
                })
        }
        return Library(name: "decimal", functions: functions)
    }

    private static func arithmetic(
        _ name: String, _ operation: @escaping @Sendable (ExactDecimal, ExactDecimal) -> ExactDecimal?
    ) -> Function {
        PluginFunction.make(name, [.number, .number], .double) { arguments in
            switch operands(name, arguments) {
            case .failure(let error): return .error(error)
            case .success(let (a, b)):
                guard let result = operation(a, b) else {
                    if b.isZero, name == "decimal.div" || name == "decimal.percent" {
                        return .error(EvalError("\(name): division by zero"))
                    }
                    return PluginFunction.overflow(name)
                }
                return .double(result.doubleValue)
            }
        }
    }

    private static func operands(
        _ function: String, _ arguments: [Value]
    ) -> Result<
        (ExactDecimal, ExactDecimal), EvalError
    > {
        guard arguments.count == 2 else { return .failure(EvalError("\(function) expects 2 numbers")) }
        return PluginFunction.decimal(arguments[0], function, "first argument").flatMap { a in
            PluginFunction.decimal(arguments[1], function, "second argument").map { b in (a, b) }
        }
    }
}
