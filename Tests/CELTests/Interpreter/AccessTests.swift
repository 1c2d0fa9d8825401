import CEL
import Testing

@Suite struct AccessTests {
    let harness = InterpreterHarness(variables: [
        "m": interpreterMap(["a": .int(1), "n": interpreterMap(["b": .string("x")])]),
        "l": .list([.int(10), .int(20)]),
    ])

    @Test func selectAndIndex() throws {
        #expect(try harness.evaluate("m.a") == .int(1))
        #expect(try harness.evaluate("m.n.b") == .string("x"))
        #expect(try harness.evaluate("m['n']['b']") == .string("x"))
        #expect(try harness.evaluate("l[1]") == .int(20))
        #expect(try harness.evaluate("l[1u]") == .int(20))
        #expect(try harness.evaluate("m.z").errorMessage == "no such key: 'z'")
        #expect(try harness.evaluate("l[2]").errorMessage != nil)
        #expect(
            try harness.evaluate("m.a.b").errorMessage?.contains("does not support field selection") == true)
        #expect(try harness.evaluate("{1: 'one'}[1u]") == .string("one"))
        #expect(try harness.evaluate("{1: 'one'}[1.0]") == .string("one"))
    }

    @Test func presence() throws {
        #expect(try harness.evaluate("has(m.a)") == .bool(true))
        #expect(try harness.evaluate("has(m.z)") == .bool(false))
        #expect(try harness.evaluate("has(m.n.b)") == .bool(true))
        #expect(try harness.evaluate("has(l.a)").errorMessage != nil)
    }

    @Test func optionalSelectAndIndex() throws {
        #expect(try harness.evaluate("m.?a") == .optional(.int(1)))
        #expect(try harness.evaluate("m.?z") == .optional(nil))
        #expect(try harness.evaluate("m.?n.b") == .optional(.string("x")))
        #expect(try harness.evaluate("m.?z.b") == .optional(nil))
        #expect(try harness.evaluate("m.?n.?c") == .optional(nil))
        #expect(try harness.evaluate("l[?1]") == .optional(.int(20)))
        #expect(try harness.evaluate("l[?5]") == .optional(nil))
        #expect(try harness.evaluate("m[?'a']") == .optional(.int(1)))
        #expect(try harness.evaluate("m[?'q']") == .optional(nil))
        #expect(try harness.evaluate("optional.of(l)[1]") == .optional(.int(20)))
        #expect(try harness.evaluate("optional.none()[1]") == .optional(nil))
    }

    @Test func constructionWithOptionalEntries() throws {
        #expect(try harness.evaluate("[1, ?optional.none(), ?optional.of(2)]") == .list([.int(1), .int(2)]))
        #expect(try harness.evaluate("{'a': 1, ?'b': optional.none()}") == interpreterMap(["a": .int(1)]))
        #expect(try harness.evaluate("{?'b': m.?a}") == interpreterMap(["b": .int(1)]))
        #expect(try harness.evaluate("[?1]").errorMessage != nil)
    }

    @Test func mapConstructionChecksKeys() throws {
        #expect(try harness.evaluate("{'a': 1, 'a': 2}").errorMessage?.contains("repeated key") == true)
        #expect(try harness.evaluate("{1: 1, 1u: 2}").errorMessage?.contains("repeated key") == true)
        #expect(try harness.evaluate("{1.5: 1}").errorMessage?.contains("unsupported key type") == true)
        #expect(try harness.evaluate("{m.a: 1}") == .map(MapValue([.int(1): .int(1)])))
    }

    @Test func undeclaredVariableIsAnError() throws {
        #expect(try harness.evaluate("x + 1").errorMessage == "undeclared reference to 'x'")
        #expect(try harness.evaluate("false && x").errorMessage == nil)
    }

    @Test func typeNamesAreValues() throws {
        #expect(try harness.evaluate("int") == .type("int"))
        #expect(try harness.evaluate("google.protobuf.Timestamp") == .type("google.protobuf.Timestamp"))
        #expect(try harness.evaluate("type(1) == int") == .bool(true))
        #expect(try harness.evaluate("type(m) == map") == .bool(true))
    }

    @Test func qualifiedVariableNames() throws {
        let dotted = InterpreterHarness(variables: ["a.b.c": .int(5), "a.b": interpreterMap(["d": .int(7)])])
        #expect(try dotted.evaluate("a.b.c + 1") == .int(6))
        #expect(try dotted.evaluate("a.b.d") == .int(7))
        var declared = dotted
        declared.declarations = ["a.b.c": .int]
        #expect(try declared.evaluate("a.b.c") == .int(5))
        declared.checked = true
        #expect(try declared.evaluate("a.b.c * 2") == .int(10))
    }

    @Test func qualifiedFunctionNames() throws {
        #expect(try harness.evaluate("math.greatest(1, 5, 3)") == .int(5))
        #expect(try harness.evaluate("optional.of(1).hasValue()") == .bool(true))
        #expect(try harness.evaluate("base64.encode(b'hi')") == .string("aGk="))
        var checked = harness
        checked.checked = true
        checked.declarations = ["m": .map(.string, .dyn)]
        #expect(try checked.evaluate("math.least(2, 1)") == .int(1))
        #expect(try harness.evaluate("nosuchfn(1)").errorMessage != nil)
    }

    @Test func constantInListMembership() throws {
        let markets = InterpreterHarness(variables: ["market": .string("CN"), "n": .int(1)])
        #expect(try markets.evaluate("market in ['US', 'CN', 'AU']") == .bool(true))
        #expect(try markets.evaluate("market in ['US', 'AU']") == .bool(false))
        let many = (0..<20).map { "'c\($0)'" }.joined(separator: ", ")
        #expect(try markets.evaluate("market in [\(many), 'CN']") == .bool(true))
        #expect(try markets.evaluate("market in [\(many)]") == .bool(false))
        #expect(try markets.evaluate("n in ['a']") == .bool(false))
        #expect(try markets.evaluate("'\u{00E9}' in ['e\u{0301}']") == .bool(false))
    }

    @Test func programsAreSharedAcrossThreads() async throws {
        let harness = InterpreterHarness(variables: ["x": .int(3)])
        let program = try harness.program("[1, 2, 3].map(y, y * x).filter(z, z > 3)")
        let activation = harness.activation
        let results = await withTaskGroup(of: Value.self) { group in
            for _ in 0..<8 { group.addTask { program.evaluate(activation) } }
            var values: [Value] = []
            for await value in group { values.append(value) }
            return values
        }
        #expect(results.allSatisfy { $0 == .list([.int(6), .int(9)]) })
    }
}

@Suite struct AbsoluteNameTests {
    @Test func leadingDotNamesSkipComprehensionVariables() throws {
        let harness = InterpreterHarness(variables: ["x": .int(7)])
        #expect(try harness.evaluate(".x") == .int(7))
        #expect(try harness.evaluate("[1, 2].map(x, .x + x)") == .list([.int(8), .int(9)]))
        #expect(try harness.evaluate(".size('abc')") == .int(3))
    }
}
