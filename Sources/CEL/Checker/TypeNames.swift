/// The type names an expression may use as values (`type(x) == int`), with the
/// type each denotes. Comply has no protobuf, so the only message names are the
/// two well-known types CEL gives their own values.
enum TypeNames {
    static let denotations: [String: CELType] = [
        "bool": .bool,
        "int": .int,
        "uint": .uint,
        "double": .double,
        "string": .string,
        "bytes": .bytes,
        "null_type": .null,
        "list": .list(.dyn),
        "map": .map(.dyn, .dyn),
        "type": .type(.dyn),
        "optional_type": .optional(.dyn),
        "google.protobuf.Timestamp": .timestamp,
        "google.protobuf.Duration": .duration,
    ]
}
