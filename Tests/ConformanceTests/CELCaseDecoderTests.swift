import CEL
import Testing

@testable import Conformance

@Suite struct CELCaseDecoderTests {
    private let decoder = CELCaseDecoder()

    @Test func decodesBindingsTypeEnvAndExpectedValue() throws {
        let line = """
            {"file": "basic", "section": "variables", "name": "lookup", "expr": "x + y.size()", \
            "bindings": {"x": {"int": "-3"}, "y": {"list": [{"uint": "1"}, {"double": "NaN"}]}}, \
            "type_env": {"x": {"ident": "int"}, "y": {"ident": "list(dyn)"}}, \
            "expect": {"value": {"map": [[{"string": "k"}, {"bytes_b64": "AAE="}]]}}, \
            "disable_check": false, "disable_macros": true, "check_only": false}
            """
        let testCase = try decoder.decode(line, file: "basic.jsonl", line: 7)
        #expect(testCase.identity == "basic.jsonl:7")
        #expect(testCase.name == "lookup")
        #expect(testCase.variables == ["x": .int, "y": .list(.dyn)])
        #expect(testCase.disableMacros)
        guard case .int(-3)? = testCase.bindings["x"] else {
            Issue.record("x is \(String(describing: testCase.bindings["x"]))")
            return
        }
        guard case .value(let expected) = testCase.expectation else {
            Issue.record("expectation \(testCase.expectation)")
            return
        }
        var map = MapValue()
        map[.string("k")] = .bytes([0, 1])
        #expect(ExpectedValueMatch.matches(.map(map), expected))
    }

    @Test func decodesDeclaredFunctionsWithTypeParameters() throws {
        let line = """
            {"file": "type_deduction", "section": "s", "name": "n", "expr": "tuple(1, 2u, 3.0)", \
            "type_env": {"tuple": {"function": [{"overload_id": "tuple_T_U_V", "params": ["T", "U", "V"], \
            "result_type": "tuple(T, U, V)", "receiver_style": false}]}}, \
            "expect": {"deduced_type": "tuple(int, uint, double)"}, \
            "disable_check": false, "disable_macros": false, "check_only": true}
            """
        let testCase = try decoder.decode(line, file: "type_deduction.jsonl", line: 1)
        let overload = try #require(testCase.functions.first?.overloads.first)
        #expect(overload.id == "tuple_T_U_V")
        #expect(overload.parameters == [.typeParameter("T"), .typeParameter("U"), .typeParameter("V")])
        #expect(
            overload.result
                == .opaque("tuple", [.typeParameter("T"), .typeParameter("U"), .typeParameter("V")]))
        #expect(overload.typeParameters == ["T", "U", "V"])
        #expect(testCase.checkOnly)
    }

    @Test func anExpectationWithoutAMatcherIsTrue() throws {
        let line = #"{"file": "f", "section": "s", "name": "n", "expr": "true", "expect": {}}"#
        let testCase = try decoder.decode(line, file: "f.jsonl", line: 2)
        guard case .value(.bool(true)) = testCase.expectation else {
            Issue.record("expectation \(testCase.expectation)")
            return
        }
    }

    @Test func aBrokenLineNamesItsLocation() {
        let error = #expect(throws: CaseFormatError.self) {
            try decoder.decode(#"{"expr": "1", "expect": {"value": {"int": "x"}}}"#, file: "f.jsonl", line: 9)
        }
        #expect(error?.location == "f.jsonl:9")
        #expect(error?.message.contains("int") == true)
    }

    @Test func typeTextCoversTheSuitesTypes() throws {
        let reader = CELTypeText()
        #expect(
            try reader.parse("map(string, list(optional_type(int)))") == .map(.string, .list(.optional(.int)))
        )
        #expect(try reader.parse("null_type") == .null)
        #expect(try reader.parse("google.protobuf.Duration") == .duration)
        #expect(try reader.parse("google.protobuf.Any") == .message("google.protobuf.Any"))
        #expect(try reader.parse("type(int)") == .type(.int))
        #expect(throws: CELTypeText.SyntaxError.self) { try reader.parse("list(int") }
        #expect(throws: CELTypeText.SyntaxError.self) { try reader.parse("map(int)") }
    }
}
