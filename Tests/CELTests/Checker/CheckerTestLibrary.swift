import CEL

/// Declarations with cel-go's overload ids, for checking without depending on the
/// full standard library: the tests pin the checker's behaviour, not the library's.
enum CheckerTestLibrary {
    static let a = CELType.typeParameter("A")
    static let b = CELType.typeParameter("B")
    static let k = CELType.typeParameter("K")
    static let v = CELType.typeParameter("V")

    static let library = Library(
        name: "checker-test",
        functions: [
            Function(
                name: Operator.add,
                overloads: [
                    Overload("add_int64", [.int, .int], .int),
                    Overload("add_uint64", [.uint, .uint], .uint),
                    Overload("add_double", [.double, .double], .double),
                    Overload("add_string", [.string, .string], .string),
                    Overload("add_list", [.list(a), .list(a)], .list(a), typeParameters: ["A"]),
                    Overload("add_duration_duration", [.duration, .duration], .duration),
                    Overload("add_timestamp_duration", [.timestamp, .duration], .timestamp),
                ]),
            Function(
                name: Operator.multiply,
                overloads: [
                    Overload("multiply_int64", [.int, .int], .int),
                    Overload("multiply_double", [.double, .double], .double),
                ]),
            Function(
                name: Operator.greater,
                overloads: [
                    Overload("greater_int64", [.int, .int], .bool),
                    Overload("greater_double", [.double, .double], .bool),
                    Overload("greater_int64_double", [.int, .double], .bool),
                ]),
            Function(
                name: Operator.equals, overloads: [Overload("equals", [a, a], .bool, typeParameters: ["A"])]),
            Function(name: Operator.logicalAnd, overloads: [Overload("logical_and", [.bool, .bool], .bool)]),
            Function(name: Operator.logicalOr, overloads: [Overload("logical_or", [.bool, .bool], .bool)]),
            Function(name: Operator.logicalNot, overloads: [Overload("logical_not", [.bool], .bool)]),
            Function(
                name: Operator.conditional,
                overloads: [Overload("conditional", [.bool, a, a], a, typeParameters: ["A"])]),
            Function(
                name: Operator.index,
                overloads: [
                    Overload("index_list", [.list(a), .int], a, typeParameters: ["A"]),
                    Overload("index_map", [.map(k, v), k], v, typeParameters: ["K", "V"]),
                ]),
            Function(
                name: Operator.in,
                overloads: [
                    Overload("in_list", [a, .list(a)], .bool, typeParameters: ["A"]),
                    Overload("in_map", [a, .map(a, b)], .bool, typeParameters: ["A", "B"]),
                ]),
            Function(
                name: "size",
                overloads: [
                    Overload("size_string", [.string], .int),
                    Overload("size_list", [.list(a)], .int, typeParameters: ["A"]),
                    Overload("size_map", [.map(k, v)], .int, typeParameters: ["K", "V"]),
                    Overload("string_size", [.string], .int, member: true),
                    Overload("list_size", [.list(a)], .int, member: true, typeParameters: ["A"]),
                ]),
            Function(
                name: "startsWith",
                overloads: [Overload("starts_with_string", [.string, .string], .bool, member: true)]),
            Function(name: "dyn", overloads: [Overload("to_dyn", [a], .dyn, typeParameters: ["A"])]),
            Function(name: "type", overloads: [Overload("type", [a], .type(a), typeParameters: ["A"])]),
            Function(
                name: "int",
                overloads: [
                    Overload("int64_to_int64", [.int], .int),
                    Overload("string_to_int64", [.string], .int),
                    Overload("double_to_int64", [.double], .int),
                ]),
            Function(
                name: "math.greatest",
                overloads: [
                    Overload("math_@max_int", [.int], .int),
                    Overload("math_@max_int_int", [.int, .int], .int),
                    Overload("math_@max_double_double", [.double, .double], .double),
                ]),
            Function(
                name: "optional.of",
                overloads: [Overload("optional_of", [v], .optional(v), typeParameters: ["V"])]),
            Function(
                name: "optional.none",
                overloads: [Overload("optional_none", [], .optional(v), typeParameters: ["V"])]),
            Function(
                name: "hasValue",
                overloads: [
                    Overload("optional_hasValue", [.optional(v)], .bool, member: true, typeParameters: ["V"])
                ]),
            Function(
                name: "orValue",
                overloads: [
                    Overload(
                        "optional_orValue_value", [.optional(v), v], v, member: true, typeParameters: ["V"])
                ]),
            Function(
                name: Operator.optionalIndex,
                overloads: [
                    Overload(
                        "list_optindex_optional_int", [.list(v), .int], .optional(v), typeParameters: ["V"]),
                    Overload(
                        "map_optindex_optional_value", [.map(k, v), k], .optional(v),
                        typeParameters: ["K", "V"]),
                ]),
        ],
        macros: ["existsOne", "transformList", "transformMap", "transformMapEntry"] + Array(Macro.optionals))

    /// An environment with these declarations and the given variables.
    static func environment(_ variables: [String: CELType] = [:], functions: [Function] = []) -> Environment {
        var environment = Environment(variables: variables, libraries: [library])
        for function in functions { environment.declare(function) }
        return environment
    }
}
