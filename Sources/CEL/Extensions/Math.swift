extension Library {
    /// CEL's math extension library, as cel-go's `ext.Math()` (latest version).
    ///
    ///     math.greatest(1, 2.5, 3u)        // 3u (mixed numbers compare by value)
    ///     math.least([-1.5, 2])            // -1.5
    ///     math.round(-1.5)                 // -2.0 (ties away from zero)
    ///     math.abs(-9223372036854775808)   // error: integer overflow
    ///     math.bitShiftRight(-1024, 3)     // 2305843009213693824 (zeros shifted in)
    ///     math.sqrt(16)                    // 4.0
    ///
    /// `math.greatest`/`math.least` take one number, one list of numbers, or two
    /// or more numbers, and return the winning argument unchanged (its own type).
    /// Other functions: `ceil`, `floor`, `round`, `trunc`, `abs`, `sign`,
    /// `isInf`, `isNaN`, `isFinite`, `sqrt`, `bitAnd`, `bitOr`, `bitXor`,
    /// `bitNot`, `bitShiftLeft`, `bitShiftRight`, all under `math.`.
    public static let math = Library(name: "math", functions: MathFunctions.all)
}

/// The declarations and bodies of ``Library/math``.
enum MathFunctions {
    static let all: [Function] = [
        extremum("math.greatest", idPrefix: "math_@max", wants: .greater),
        extremum("math.least", idPrefix: "math_@min", wants: .less),
        doubleToDouble("math.ceil", id: "math_ceil_double") { $0.rounded(.up) },
        doubleToDouble("math.floor", id: "math_floor_double") { $0.rounded(.down) },
        doubleToDouble("math.round", id: "math_round_double") { $0.rounded(.toNearestOrAwayFromZero) },
        doubleToDouble("math.trunc", id: "math_trunc_double") { $0.rounded(.towardZero) },
        doubleToBool("math.isInf", id: "math_isInf_double") { $0.isInfinite },
        doubleToBool("math.isNaN", id: "math_isNaN_double") { $0.isNaN },
        doubleToBool("math.isFinite", id: "math_isFinite_double") { $0.isFinite },
        abs, sign, sqrt,
        bitwise("math.bitAnd", "bitAnd", int: { $0 & $1 }, uint: { $0 & $1 }),
        bitwise("math.bitOr", "bitOr", int: { $0 | $1 }, uint: { $0 | $1 }),
        bitwise("math.bitXor", "bitXor", int: { $0 ^ $1 }, uint: { $0 ^ $1 }),
        bitNot,
        shift("math.bitShiftLeft", "bitShiftLeft", int: { $0 << $1 }, uint: { $0 << $1 }),
        // Zeros come in from the left for ints too: cel-go shifts the bit pattern as unsigned.
        shift(
            "math.bitShiftRight", "bitShiftRight", int: { Int64(bitPattern: UInt64(bitPattern: $0) >> $1) },
            uint: { $0 >> $1 }),
    ]

    /// Overload sets of `math.greatest` / `math.least` beyond two arguments:
    /// cel-go rewrites such calls to a list, so any numbers may be mixed and the
    /// result is `dyn`. Declared up to this many arguments.
    static let maxExtremumArity = 32

    // MARK: - greatest / least

    private static func extremum(_ name: String, idPrefix: String, wants order: ValueOrder) -> Function {
        let numeric: [(CELType, String)] = [(.double, "double"), (.int, "int"), (.uint, "uint")]
        let body = Implementation.variadic { arguments in extreme(name, arguments, wants: order) }
        var overloads: [Overload] = []
        for (type, label) in numeric {
            overloads.append(Overload("\(idPrefix)_\(label)", [type], type, implementation: body))
        }
        for (first, firstLabel) in numeric {
            for (second, secondLabel) in numeric {
                overloads.append(
                    Overload(
                        "\(idPrefix)_\(firstLabel)_\(secondLabel)", [first, second],
                        first == second ? first : .dyn,
                        implementation: body))
            }
        }
        for (type, label) in numeric {
            overloads.append(Overload("\(idPrefix)_list_\(label)", [.list(type)], type, implementation: body))
        }
        for arity in 3...maxExtremumArity {
            overloads.append(
                Overload(
                    "\(idPrefix)_dyn_\(arity)", Array(repeating: .dyn, count: arity), .dyn,
                    implementation: body))
        }
        return ExtensionFunction.make(name, overloads, dispatcher: body)
    }

    /// The first argument no other argument beats in the wanted direction; one
    /// list argument stands for its elements. Numbers compare as CEL's relational
    /// operators compare them.
    static func extreme(_ name: String, _ arguments: [Value], wants order: ValueOrder) -> Value {
        var candidates = arguments
        if arguments.count == 1, case .list(let elements) = arguments[0] {
            guard !elements.isEmpty else {
                return ExtensionError.message("\(name)(list) argument must not be empty")
            }
            candidates = elements
        }
        guard var best = candidates.first, NumericComparison.compare(best, .int(0)) != nil else {
            return ExtensionError.noSuchOverload(name, arguments)
        }
        for candidate in candidates.dropFirst() {
            guard let comparison = NumericComparison.compare(candidate, best) else {
                return ExtensionError.noSuchOverload(name, arguments)
            }
            switch comparison {
            case .unordered: return ExtensionError.message("NaN values cannot be ordered: \(name)")
            case order: best = candidate
            default: break
            }
        }
        return best
    }

    // MARK: - Signs and roots

    private static let abs = ExtensionFunction.make(
        "math.abs",
        [
            Overload(
                "math_abs_double", [.double], .double,
                implementation: .unary { value in
                    guard case .double(let number) = value else {
                        return ExtensionError.noSuchOverload("math.abs", [value])
                    }
                    return .double(Swift.abs(number))
                }),
            Overload(
                "math_abs_int", [.int], .int,
                implementation: .unary { value in
                    guard case .int(let number) = value else {
                        return ExtensionError.noSuchOverload("math.abs", [value])
                    }
                    guard number != .min else { return ExtensionError.message("integer overflow") }
                    return .int(Swift.abs(number))
                }),
            Overload(
                "math_abs_uint", [.uint], .uint,
                implementation: .unary { value in
                    guard case .uint = value else {
                        return ExtensionError.noSuchOverload("math.abs", [value])
                    }
                    return value
                }),
        ])

    private static let sign = ExtensionFunction.make(
        "math.sign",
        [
            Overload("math_sign_double", [.double], .double, implementation: .unary(signOf)),
            Overload("math_sign_int", [.int], .int, implementation: .unary(signOf)),
            Overload("math_sign_uint", [.uint], .uint, implementation: .unary(signOf)),
        ])

    /// -1, 0 or 1 in the argument's own type; NaN stays NaN and -0.0 gives 0.0.
    static func signOf(_ value: Value) -> Value {
        switch value {
        case .double(let number):
            if number.isNaN { return value }
            return .double(number > 0 ? 1 : number < 0 ? -1 : 0)
        case .int(let number): return .int(number.signum())
        case .uint(let number): return .uint(number == 0 ? 0 : 1)
        default: return ExtensionError.noSuchOverload("math.sign", [value])
        }
    }

    private static let sqrt = ExtensionFunction.make(
        "math.sqrt",
        [
            Overload("math_sqrt_double", [.double], .double, implementation: .unary(squareRoot)),
            Overload("math_sqrt_int", [.int], .double, implementation: .unary(squareRoot)),
            Overload("math_sqrt_uint", [.uint], .double, implementation: .unary(squareRoot)),
        ])

    /// The square root as a double; negative numbers give NaN, as in cel-go.
    static func squareRoot(_ value: Value) -> Value {
        switch value {
        case .double(let number): return .double(number.squareRoot())
        case .int(let number): return .double(Double(number).squareRoot())
        case .uint(let number): return .double(Double(number).squareRoot())
        default: return ExtensionError.noSuchOverload("math.sqrt", [value])
        }
    }

    // MARK: - Bits

    private static let bitNot = ExtensionFunction.make(
        "math.bitNot",
        [
            Overload(
                "math_bitNot_int_int", [.int], .int,
                implementation: .unary { value in
                    guard case .int(let number) = value else {
                        return ExtensionError.noSuchOverload("math.bitNot", [value])
                    }
                    return .int(~number)
                }),
            Overload(
                "math_bitNot_uint_uint", [.uint], .uint,
                implementation: .unary { value in
                    guard case .uint(let number) = value else {
                        return ExtensionError.noSuchOverload("math.bitNot", [value])
                    }
                    return .uint(~number)
                }),
        ])

    private static func bitwise(
        _ name: String, _ idName: String, int: @escaping @Sendable (Int64, Int64) -> Int64,
        uint: @escaping @Sendable (UInt64, UInt64) -> UInt64
    ) -> Function {
        ExtensionFunction.make(
            name,
            [
                Overload(
                    "math_\(idName)_int_int", [.int, .int], .int,
                    implementation: .binary { left, right in
                        guard case .int(let a) = left, case .int(let b) = right else {
                            return ExtensionError.noSuchOverload(name, [left, right])
                        }
                        return .int(int(a, b))
                    }),
                Overload(
                    "math_\(idName)_uint_uint", [.uint, .uint], .uint,
                    implementation: .binary { left, right in
                        guard case .uint(let a) = left, case .uint(let b) = right else {
                            return ExtensionError.noSuchOverload(name, [left, right])
                        }
                        return .uint(uint(a, b))
                    }),
            ])
    }

    /// Shifts by 64 or more bits give 0 (Swift's smart shifts agree); negative
    /// offsets are errors.
    private static func shift(
        _ name: String, _ idName: String, int: @escaping @Sendable (Int64, UInt64) -> Int64,
        uint: @escaping @Sendable (UInt64, UInt64) -> UInt64
    ) -> Function {
        @Sendable func offset(_ bits: Int64) -> UInt64? { bits < 0 ? nil : UInt64(Swift.min(bits, 64)) }
        let negative: @Sendable (Int64) -> Value = { bits in
            ExtensionError.message("\(name)() negative offset: \(bits)")
        }
        return ExtensionFunction.make(
            name,
            [
                Overload(
                    "math_\(idName)_int_int", [.int, .int], .int,
                    implementation: .binary { value, bits in
                        guard case .int(let number) = value, case .int(let bits) = bits else {
                            return ExtensionError.noSuchOverload(name, [value, bits])
                        }
                        guard let count = offset(bits) else { return negative(bits) }
                        return .int(count >= 64 ? 0 : int(number, count))
                    }),
                Overload(
                    "math_\(idName)_uint_int", [.uint, .int], .uint,
                    implementation: .binary { value, bits in
                        guard case .uint(let number) = value, case .int(let bits) = bits else {
                            return ExtensionError.noSuchOverload(name, [value, bits])
                        }
                        guard let count = offset(bits) else { return negative(bits) }
                        return .uint(count >= 64 ? 0 : uint(number, count))
                    }),
            ])
    }

    // MARK: - Doubles

    private static func doubleToDouble(
        _ name: String, id: String, _ body: @escaping @Sendable (Double) -> Double
    ) -> Function {
        ExtensionFunction.make(
            name,
            [
                Overload(
                    id, [.double], .double,
                    implementation: .unary { value in
                        guard case .double(let number) = value else {
                            return ExtensionError.noSuchOverload(name, [value])
                        }
                        return .double(body(number))
                    })
            ])
    }

    private static func doubleToBool(
        _ name: String, id: String, _ body: @escaping @Sendable (Double) -> Bool
    ) -> Function {
        ExtensionFunction.make(
            name,
            [
                Overload(
                    id, [.double], .bool,
                    implementation: .unary { value in
                        guard case .double(let number) = value else {
                            return ExtensionError.noSuchOverload(name, [value])
                        }
                        return .bool(body(number))
                    })
            ])
    }
}
