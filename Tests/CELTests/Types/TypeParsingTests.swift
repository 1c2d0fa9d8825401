import Testing

@testable import CEL

@Suite("Type parsing")
struct TypeParsingTests {
    @Test(
        "reads the forms the conformance cases use",
        arguments: [
            ("int", CELType.int), ("uint", .uint), ("double", .double), ("bool", .bool), ("string", .string),
            ("bytes", .bytes), ("null_type", .null), ("dyn", .dyn), ("timestamp", .timestamp),
            ("duration", .duration), ("google.protobuf.Timestamp", .timestamp),
            ("google.protobuf.Duration", .duration), ("list(int)", .list(.int)),
            ("map(string, list(int))", .map(.string, .list(.int))), ("type", .type(.dyn)),
            ("type(int)", .type(.int)), ("optional_type(T)", .optional(.typeParameter("T"))),
            ("A", .typeParameter("A")),
            (
                "tuple(T, U, V)",
                .opaque("tuple", [.typeParameter("T"), .typeParameter("U"), .typeParameter("V")])
            ),
            (
                "cel.expr.conformance.proto3.TestAllTypes",
                .message("cel.expr.conformance.proto3.TestAllTypes")
            ),
            (" map( int ,string ) ", .map(.int, .string)), ("list", .list(.dyn)),
        ])
    func readsForm(text: String, expected: CELType) throws {
        #expect(try CELType(parsing: text) == expected)
    }

    @Test(
        "round-trips every description",
        arguments: [
            CELType.dyn, .null, .bool, .int, .uint, .double, .string, .bytes, .timestamp, .duration,
            .list(.list(.dyn)), .map(.string, .map(.int, .optional(.bytes))), .type(.list(.int)),
            .optional(.typeParameter("T")), .typeParameter("K"),
            .opaque("tuple", [.int, .typeParameter("A")]),
            .opaque("vector", []), .message("google.type.Money"), .error,
        ])
    func roundTrips(type: CELType) throws {
        #expect(try CELType(parsing: type.description) == type)
    }

    @Test(
        "rejects malformed text with the offset of the problem",
        arguments: [
            ("list(int", 8), ("map(int)", 0), ("", 0), ("int)", 3), ("list(int, string)", 0),
            ("map(int,)", 8),
        ])
    func rejects(text: String, offset: Int) {
        #expect {
            _ = try CELType(parsing: text)
        } throws: { error in
            (error as? TypeParseError)?.offset == offset
        }
    }

    @Test("rejects absurd nesting instead of overflowing the stack")
    func rejectsDeepNesting() {
        let text = String(repeating: "list(", count: 5_000) + "int" + String(repeating: ")", count: 5_000)
        #expect(throws: TypeParseError.self) { try CELType(parsing: text) }
    }
}
