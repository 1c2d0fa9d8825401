extension StandardLibrary {
    /// The type conversions `int`, `uint`, `double`, `string`, `bytes`, `bool`,
    /// `timestamp`, `duration`, and `dyn` and `type`.
    static var conversions: [Function] {
        [
            function(
                "int", .unary { $0.convertedToInt() },
                [
                    Overload("int64_to_int64", [.int], .int),
                    Overload("uint64_to_int64", [.uint], .int),
                    Overload("double_to_int64", [.double], .int),
                    Overload("string_to_int64", [.string], .int),
                    Overload("timestamp_to_int64", [.timestamp], .int),
                    Overload("duration_to_int64", [.duration], .int),
                ]),
            function(
                "uint", .unary { $0.convertedToUint() },
                [
                    Overload("uint64_to_uint64", [.uint], .uint),
                    Overload("int64_to_uint64", [.int], .uint),
                    Overload("double_to_uint64", [.double], .uint),
                    Overload("string_to_uint64", [.string], .uint),
                ]),
            function(
                "double", .unary { $0.convertedToDouble() },
                [
                    Overload("double_to_double", [.double], .double),
                    Overload("int64_to_double", [.int], .double),
                    Overload("uint64_to_double", [.uint], .double),
                    Overload("string_to_double", [.string], .double),
                ]),
            function(
                "string", .unary { $0.convertedToString() },
                [
                    Overload("string_to_string", [.string], .string),
                    Overload("bool_to_string", [.bool], .string),
                    Overload("int64_to_string", [.int], .string),
                    Overload("uint64_to_string", [.uint], .string),
                    Overload("double_to_string", [.double], .string),
                    Overload("bytes_to_string", [.bytes], .string),
                    Overload("timestamp_to_string", [.timestamp], .string),
                    Overload("duration_to_string", [.duration], .string),
                ]),
            function(
                "bytes", .unary { $0.convertedToBytes() },
                [
                    Overload("bytes_to_bytes", [.bytes], .bytes),
                    Overload("string_to_bytes", [.string], .bytes),
                ]),
            function(
                "bool", .unary { $0.convertedToBool() },
                [
                    Overload("bool_to_bool", [.bool], .bool),
                    Overload("string_to_bool", [.string], .bool),
                ]),
            function(
                "timestamp", .unary { $0.convertedToTimestamp() },
                [
                    Overload("timestamp_to_timestamp", [.timestamp], .timestamp),
                    Overload("string_to_timestamp", [.string], .timestamp),
                    Overload("int64_to_timestamp", [.int], .timestamp),
                ]),
            function(
                "duration", .unary { $0.convertedToDuration() },
                [
                    Overload("duration_to_duration", [.duration], .duration),
                    Overload("string_to_duration", [.string], .duration),
                ]),
            function("dyn", .unary { $0 }, [Overload("to_dyn", [typeA], .dyn, typeParameters: ["A"])]),
            function(
                "type", .unary { $0.runtimeType },
                [Overload("type", [typeA], .type(typeA), typeParameters: ["A"])]),
        ]
    }
}
