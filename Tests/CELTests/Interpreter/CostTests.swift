import CEL
import Testing

@Suite struct CostTests {
    static let hundred = "[" + (1...100).map(String.init).joined(separator: ", ") + "]"

    @Test func nestedComprehensionsStopAtTheCostLimit() throws {
        let harness = InterpreterHarness(options: ProgramOptions(costLimit: 50_000))
        let text =
            "\(Self.hundred).map(x, \(Self.hundred).map(y, \(Self.hundred).map(z, x + y + z))).size() > 0"
        #expect(try harness.evaluate(text).errorMessage?.contains("cost limit exceeded") == true)
        // `||` must not absorb the budget error into a success.
        #expect(
            try harness.evaluate("(\(text)) || true").errorMessage?.contains("cost limit exceeded") == true)
    }

    @Test func doublingAStringInALoopHitsTheLimit() throws {
        let harness = InterpreterHarness(
            variables: ["s": .string(String(repeating: "a", count: 1_000))],
            options: ProgramOptions(costLimit: 100_000))
        // 100 iterations alone are cheap; the 12,000-character strings each one concatenates are not.
        let text = "\(Self.hundred).map(x, s + s + s + s + s + s + s + s + s + s + s + s).size()"
        #expect(try harness.evaluate(text).errorMessage?.contains("cost limit exceeded") == true)
    }

    @Test func cheapExpressionsStayWithinBudgetAndReportTheirCost() throws {
        let harness = InterpreterHarness(variables: ["a": .int(1)])
        let evaluation = try harness.program("a + 1 > 1").evaluate(harness.activation, trace: false)
        #expect(evaluation.value == .bool(true))
        #expect(evaluation.cost == 5)
        let loop = try harness.program("[1, 2, 3].all(x, x > 0)").evaluate(harness.activation, trace: false)
        #expect(loop.value == .bool(true))
        #expect(loop.cost > 3 * 3)
    }
}
