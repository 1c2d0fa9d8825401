extension Library {
    /// CEL's optional types library, as cel-go's `cel.OptionalTypes()` (latest version).
    ///
    ///     optional.of(x)                     // optional_type(T) holding x
    ///     optional.ofNonZeroValue('')        // optional.none(): '' is a zero value
    ///     optional.none()
    ///     m[?'k'].hasValue()                 // whether m has 'k'
    ///     m.?k.value()                       // the value, or an error when none
    ///     m.?k.or(m.?j)                      // the first optional that has a value
    ///     m.?k.orValue('default')            // the value, or the default
    ///     m.?k.optMap(v, v + 1)              // optional.of(v + 1) when present
    ///     m.?k.optFlatMap(v, v[?0])          // the mapped optional when present
    ///     [optional.of(1), optional.none()].unwrapOpt()   // [1]
    ///     [1, 2].first()                     // optional.of(1)
    ///
    /// The `?.` and `[?]` operators and the `optMap`/`optFlatMap` macros are
    /// evaluated by the interpreter and parser; this library declares their
    /// overloads for the checker and supplies bodies for the indexing forms.
    public static let optionals = Library(
        name: "optionals", functions: OptionalFunctions.all, macros: Array(Macro.optionals).sorted())
}

/// The declarations and bodies of ``Library/optionals``.
enum OptionalFunctions {
    static let all: [Function] = [
        of, ofNonZeroValue, none, value, hasValue, or, orValue, first, last, unwrap, unwrapOpt,
        optionalSelect, optionalIndex, index,
    ]

    private static let typeV = CELType.typeParameter("V")
    private static let typeK = CELType.typeParameter("K")
    private static let optionalV = CELType.optional(typeV)

    static let of = ExtensionFunction.make(
        "optional.of",
        [
            Overload(
                "optional_of", [typeV], optionalV, typeParameters: ["V"],
                implementation: .unary { value in .optional(value) })
        ])

    static let ofNonZeroValue = ExtensionFunction.make(
        "optional.ofNonZeroValue",
        [
            Overload(
                "optional_ofNonZeroValue", [typeV], optionalV, typeParameters: ["V"],
                implementation: .unary { value in .optional(isZero(value) ? nil : value) })
        ])

    static let none = ExtensionFunction.make(
        "optional.none",
        [
            Overload(
                "optional_none", [], optionalV, typeParameters: ["V"],
                implementation: .variadic { arguments in
                    arguments.isEmpty
                        ? .optional(nil) : ExtensionError.noSuchOverload("optional.none", arguments)
                })
        ])

    static let value = ExtensionFunction.make(
        "value",
        [
            Overload(
                "optional_value", [optionalV], typeV, member: true, typeParameters: ["V"],
                implementation: .unary { optional in
                    switch optional {
                    case .optional(let wrapped?): return wrapped
                    case .optional(nil): return ExtensionError.message("optional.none() dereference")
                    default: return ExtensionError.noSuchOverload("value", [optional])
                    }
                })
        ])

    static let hasValue = ExtensionFunction.make(
        "hasValue",
        [
            Overload(
                "optional_hasValue", [optionalV], .bool, member: true, typeParameters: ["V"],
                implementation: .unary { optional in
                    guard case .optional(let wrapped) = optional else {
                        return ExtensionError.noSuchOverload("hasValue", [optional])
                    }
                    return .bool(wrapped != nil)
                })
        ])

    /// `a.or(b)`: `a` when it has a value, else `b`. cel-go evaluates `b` only
    /// when needed; an interpreter may do the same since the body never looks
    /// at `b` otherwise.
    static let or = ExtensionFunction.make(
        "or",
        [
            Overload(
                "optional_or_optional", [optionalV, optionalV], optionalV, member: true,
                typeParameters: ["V"],
                implementation: .binary { primary, alternative in
                    switch (primary, alternative) {
                    case (.optional(.some), .optional): return primary
                    case (.optional(nil), .optional): return alternative
                    default: return ExtensionError.noSuchOverload("or", [primary, alternative])
                    }
                })
        ])

    static let orValue = ExtensionFunction.make(
        "orValue",
        [
            Overload(
                "optional_orValue_value", [optionalV, typeV], typeV, member: true, typeParameters: ["V"],
                implementation: .binary { primary, fallback in
                    switch primary {
                    case .optional(let wrapped?): return wrapped
                    case .optional(nil): return fallback
                    default: return ExtensionError.noSuchOverload("orValue", [primary, fallback])
                    }
                })
        ])

    static let first = ExtensionFunction.make(
        "first",
        [
            Overload(
                "list_first", [.list(typeV)], optionalV, member: true, typeParameters: ["V"],
                implementation: .unary { list in
                    guard case .list(let elements) = list else {
                        return ExtensionError.noSuchOverload("first", [list])
                    }
                    return .optional(elements.first)
                })
        ])

    static let last = ExtensionFunction.make(
        "last",
        [
            Overload(
                "list_last", [.list(typeV)], optionalV, member: true, typeParameters: ["V"],
                implementation: .unary { list in
                    guard case .list(let elements) = list else {
                        return ExtensionError.noSuchOverload("last", [list])
                    }
                    return .optional(elements.last)
                })
        ])

    static let unwrap = ExtensionFunction.make(
        "optional.unwrap",
        [
            Overload(
                "optional_unwrap", [.list(optionalV)], .list(typeV), typeParameters: ["V"],
                implementation: .unary { list in unwrapValues(list, function: "optional.unwrap") })
        ])

    static let unwrapOpt = ExtensionFunction.make(
        "unwrapOpt",
        [
            Overload(
                "optional_unwrapOpt", [.list(optionalV)], .list(typeV), member: true, typeParameters: ["V"],
                implementation: .unary { list in unwrapValues(list, function: "unwrapOpt") })
        ])

    /// `x.?f`: declared as cel-go declares it; the checker gives the result the
    /// field's type and the interpreter evaluates it, but the body below also
    /// works on maps and optionals of maps.
    static let optionalSelect = ExtensionFunction.overloadsOnly(
        Operator.optionalSelect,
        [
            Overload(
                "select_optional_field", [.dyn, .string], optionalV, typeParameters: ["V"],
                implementation: .binary { target, field in
                    guard case .string(let name) = field else {
                        return ExtensionError.noSuchOverload(Operator.optionalSelect, [target, field])
                    }
                    switch target {
                    case .optional(nil): return target
                    case .optional(let wrapped?): return lookUp(wrapped, .string(name))
                    default: return lookUp(target, .string(name))
                    }
                })
        ])

    /// `x[?k]` on lists, maps and optionals of them.
    static let optionalIndex = ExtensionFunction.overloadsOnly(
        Operator.optionalIndex,
        [
            Overload(
                "list_optindex_optional_int", [.list(typeV), .int], optionalV, typeParameters: ["V"],
                implementation: .binary { lookUp($0, $1) }),
            Overload(
                "optional_list_optindex_optional_int", [.optional(.list(typeV)), .int], optionalV,
                typeParameters: ["V"], implementation: .binary { lookUpInOptional($0, $1) }),
            Overload(
                "map_optindex_optional_value", [.map(typeK, typeV), typeK], optionalV,
                typeParameters: ["K", "V"],
                implementation: .binary { lookUp($0, $1) }),
            Overload(
                "optional_map_optindex_optional_value", [.optional(.map(typeK, typeV)), typeK], optionalV,
                typeParameters: ["K", "V"], implementation: .binary { lookUpInOptional($0, $1) }),
        ])

    /// `x[k]` where `x` is an optional list or map: an optional result, so that
    /// `optional.none()[0]` is `optional.none()`.
    static let index = ExtensionFunction.overloadsOnly(
        Operator.index,
        [
            Overload(
                "optional_list_index_int", [.optional(.list(typeV)), .int], optionalV, typeParameters: ["V"],
                implementation: .binary { lookUpInOptional($0, $1) }),
            Overload(
                "optional_map_index_value", [.optional(.map(typeK, typeV)), typeK], optionalV,
                typeParameters: ["K", "V"], implementation: .binary { lookUpInOptional($0, $1) }),
        ])

    // MARK: - Bodies

    /// Whether `optional.ofNonZeroValue` treats the value as absent: the zero of
    /// its type (`null`, `false`, `0`, `0u`, `0.0`, `''`, `b''`, `[]`, `{}`,
    /// a zero duration, the Unix epoch). Types and optionals are never zero.
    static func isZero(_ value: Value) -> Bool {
        switch value {
        case .null: return true
        case .bool(let flag): return !flag
        case .int(let number): return number == 0
        case .uint(let number): return number == 0
        case .double(let number): return number == 0
        case .string(let text): return text.isEmpty
        case .bytes(let bytes): return bytes.isEmpty
        case .list(let elements): return elements.isEmpty
        case .map(let map): return map.count == 0
        case .duration(let duration): return duration.seconds == 0 && duration.nanos == 0
        case .timestamp(let timestamp): return timestamp.seconds == 0 && timestamp.nanos == 0
        case .type, .optional, .error, .unknown: return false
        }
    }

    private static func unwrapValues(_ list: Value, function: String) -> Value {
        guard case .list(let elements) = list else { return ExtensionError.noSuchOverload(function, [list]) }
        var values: [Value] = []
        for element in elements {
            switch element {
            case .optional(let wrapped?): values.append(wrapped)
            case .optional(nil): continue
            default: return ExtensionError.noSuchOverload(function, [list])
            }
        }
        return .list(values)
    }

    private static func lookUpInOptional(_ target: Value, _ key: Value) -> Value {
        switch target {
        case .optional(nil): return target
        case .optional(let wrapped?): return lookUp(wrapped, key)
        default: return ExtensionError.noSuchOverload(Operator.optionalIndex, [target, key])
        }
    }

    /// An element of a list or an entry of a map, as an optional (absent when
    /// the index is out of range or the key missing). Numeric keys match by
    /// value across int, uint and double, as CEL's map lookup does.
    static func lookUp(_ container: Value, _ key: Value) -> Value {
        switch container {
        case .list(let elements):
            guard let position = integralIndex(key) else {
                return ExtensionError.noSuchOverload(Operator.optionalIndex, [container, key])
            }
            guard position >= 0, position < elements.count else { return .optional(nil) }
            return .optional(elements[Int(position)])
        case .map(let map):
            guard let mapKey = mapKey(key) else {
                if case .double = key { return .optional(nil) }
                return ExtensionError.noSuchOverload(Operator.optionalIndex, [container, key])
            }
            return .optional(map[mapKey])
        default:
            return ExtensionError.noSuchOverload(Operator.optionalIndex, [container, key])
        }
    }

    /// A list position from an int, a uint or an integral double.
    private static func integralIndex(_ key: Value) -> Int64? {
        switch key {
        case .int(let number): return number
        case .uint(let number): return Int64(exactly: number) ?? .max
        case .double(let number): return Int64(exactly: number)
        default: return nil
        }
    }

    private static func mapKey(_ key: Value) -> MapKey? {
        switch key {
        case .int(let number): return .int(number)
        case .uint(let number): return .uint(number)
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .double(let number):
            if let integer = Int64(exactly: number) { return .int(integer) }
            if let integer = UInt64(exactly: number) { return .uint(integer) }
            return nil
        default: return nil
        }
    }
}
