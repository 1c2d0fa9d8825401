import CEL
import Testing

@Suite struct LogicTests {
    let harness = InterpreterHarness(
        variables: ["t": .bool(true), "f": .bool(false)], unknownAttributes: ["u", "v"])

    @Test(arguments: [
        ("false && 1/0 > 0", Value.bool(false)),
        ("1/0 > 0 && false", .bool(false)),
        ("true || 1/0 > 0", .bool(true)),
        ("1/0 > 0 || true", .bool(true)),
        ("f && u", .bool(false)),
        ("u && f", .bool(false)),
        ("t || u", .bool(true)),
        ("u || t", .bool(true)),
        ("t && t", .bool(true)),
        ("f || f", .bool(false)),
        ("true && false", .bool(false)),
    ])
    func absorbs(_ text: String, _ expected: Value) throws {
        #expect(try harness.evaluate(text) == expected)
    }

    @Test(arguments: ["true && 1/0 > 0", "1/0 > 0 && true", "false || 1/0 > 0", "1/0 > 0 || false"])
    func propagatesErrorsThatDoNotDecide(_ text: String) throws {
        #expect(try harness.evaluate(text).errorMessage != nil)
    }

    @Test(arguments: ["u && 1/0 > 0", "1/0 > 0 && u", "u || 1/0 > 0", "1/0 > 0 || u", "u && t", "f || u"])
    func unknownWinsOverError(_ text: String) throws {
        #expect(try harness.evaluate(text).unknownAttributes == ["u"])
    }

    @Test func mergesUnknowns() throws {
        #expect(try harness.evaluate("u && v").unknownAttributes == ["u", "v"])
        #expect(try harness.evaluate("u || v").unknownAttributes == ["u", "v"])
    }

    @Test func nonBoolOperandIsAnError() throws {
        #expect(try harness.evaluate("'cows' && true").errorMessage != nil)
        #expect(try harness.evaluate("'cows' && false") == .bool(false))
        #expect(try harness.evaluate("!'cows'").errorMessage != nil)
        #expect(try harness.evaluate("!f") == .bool(true))
    }

    @Test func conditionalEvaluatesOnlyTheChosenBranch() throws {
        #expect(try harness.evaluate("t ? 1 : 1/0") == .int(1))
        #expect(try harness.evaluate("f ? 1/0 : 'b'") == .string("b"))
        #expect(try harness.evaluate("1/0 > 1 ? 1 : 2").errorMessage != nil)
        #expect(try harness.evaluate("u ? 1 : 2").unknownAttributes == ["u"])
        #expect(try harness.evaluate("'cows' ? 1 : 2").errorMessage?.contains("no matching overload") == true)
    }

    @Test func checkedAndUncheckedAgree() throws {
        var checked = harness
        checked.checked = true
        checked.declarations = ["t": .bool, "f": .bool]
        checked.unknownAttributes = []
        for text in ["t && !f", "f || t", "t ? f : t", "!(t && f)"] {
            #expect(try checked.evaluate(text) == harness.evaluate(text), "\(text)")
        }
    }
}
