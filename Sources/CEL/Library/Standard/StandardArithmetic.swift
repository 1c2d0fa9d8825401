extension StandardLibrary {
    /// `_+_`, `_-_`, `_*_`, `_/_`, `_%_` and `-_`: checked integer arithmetic,
    /// IEEE doubles, concatenation, and timestamp and duration arithmetic.
    static var arithmetic: [Function] {
        let listOfA = CELType.list(typeA)
        return [
            function(
                Operator.add, .binary { $0.add($1) },
                [
                    Overload("add_int64", [.int, .int], .int),
                    Overload("add_uint64", [.uint, .uint], .uint),
                    Overload("add_double", [.double, .double], .double),
                    Overload("add_string", [.string, .string], .string),
                    Overload("add_bytes", [.bytes, .bytes], .bytes),
                    Overload("add_list", [listOfA, listOfA], listOfA, typeParameters: ["A"]),
                    Overload("add_timestamp_duration", [.timestamp, .duration], .timestamp),
                    Overload("add_duration_timestamp", [.duration, .timestamp], .timestamp),
                    Overload("add_duration_duration", [.duration, .duration], .duration),
                ]),
            function(
                Operator.subtract, .binary { $0.subtract($1) },
                [
                    Overload("subtract_int64", [.int, .int], .int),
                    Overload("subtract_uint64", [.uint, .uint], .uint),
                    Overload("subtract_double", [.double, .double], .double),
                    Overload("subtract_timestamp_timestamp", [.timestamp, .timestamp], .duration),
                    Overload("subtract_timestamp_duration", [.timestamp, .duration], .timestamp),
                    Overload("subtract_duration_duration", [.duration, .duration], .duration),
                ]),
            function(
                Operator.multiply, .binary { $0.multiply($1) },
                [
                    Overload("multiply_int64", [.int, .int], .int),
                    Overload("multiply_uint64", [.uint, .uint], .uint),
                    Overload("multiply_double", [.double, .double], .double),
                ]),
            function(
                Operator.divide, .binary { $0.divide($1) },
                [
                    Overload("divide_int64", [.int, .int], .int),
                    Overload("divide_uint64", [.uint, .uint], .uint),
                    Overload("divide_double", [.double, .double], .double),
                ]),
            function(
                Operator.modulo, .binary { $0.modulo($1) },
                [
                    Overload("modulo_int64", [.int, .int], .int),
                    Overload("modulo_uint64", [.uint, .uint], .uint),
                ]),
            function(
                Operator.negate, .unary { $0.negate() },
                [
                    Overload("negate_int64", [.int], .int),
                    Overload("negate_double", [.double], .double),
                ]),
        ]
    }
}
