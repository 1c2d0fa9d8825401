import CEL
import Testing

@Suite struct TraceTests {
    func ids(_ expr: Expr) -> [ExprID] {
        switch expr.kind {
        case .constant, .ident: return [expr.id]
        case .select(let operand, _, _): return [expr.id] + ids(operand)
        case .call(_, let target, let args): return [expr.id] + (target.map(ids) ?? []) + args.flatMap(ids)
        case .list(let elements, _): return [expr.id] + elements.flatMap(ids)
        case .map(let entries): return [expr.id] + entries.flatMap { ids($0.key) + ids($0.value) }
        case .structure(_, let fields): return [expr.id] + fields.flatMap { ids($0.value) }
        case .comprehension: return [expr.id]
        }
    }

    @Test func recordsEveryEvaluatedNode() throws {
        let harness = InterpreterHarness(variables: [
            "product": interpreterMap(["rvc": .double(35.2), "hs_code": .string("080450")]),
            "market": .string("CN"),
        ])
        let program = try harness.program("market in ['CN', 'US'] && product.rvc >= 40.0 + 0.0")
        let evaluation = program.evaluate(harness.activation, trace: true)
        #expect(evaluation.value == .bool(false))
        for id in ids(program.ast.root) {
            #expect(evaluation.trace[id] != nil, "node \(id) missing from the trace")
        }
        #expect(evaluation.trace[program.ast.root.id] == .bool(false))
        #expect(evaluation.trace.values.contains(.double(35.2)))
        #expect(evaluation.trace.values.contains(.double(40.0)))
    }

    @Test func shortCircuitedNodesAreAbsent() throws {
        let harness = InterpreterHarness(variables: ["a": .bool(false), "b": .int(1)])
        let program = try harness.program("a && b > 0")
        let evaluation = program.evaluate(harness.activation, trace: true)
        #expect(evaluation.value == .bool(false))
        guard case .call(_, _, let args) = program.ast.root.kind else {
            Issue.record("expected a call")
            return
        }
        #expect(evaluation.trace[args[0].id] == .bool(false))
        #expect(evaluation.trace[args[1].id] == nil)
    }

    @Test func untracedEvaluationRecordsNothing() throws {
        let harness = InterpreterHarness(variables: ["a": .int(1)])
        let evaluation = try harness.program("a + 1").evaluate(harness.activation, trace: false)
        #expect(evaluation.value == .int(2))
        #expect(evaluation.trace.isEmpty)
    }

    @Test func tracedAndFastPlansAgree() throws {
        let harness = InterpreterHarness(variables: [
            "m": interpreterMap(["k": .list([.int(1), .int(2)])]), "s": .string("abc"),
        ])
        for text in [
            "m.k.map(x, x * 2)", "m.k.filter(x, x > 1)", "s in ['abc', 'd']", "{'a': 1, 'b': s}.b",
            "m.?k.orValue([])", "m.k[1] == 2", "1 in m.k", "s == 'abc' ? 1.5 * 2.0 : 0.0",
        ] {
            let program = try harness.program(text)
            #expect(
                program.evaluate(harness.activation)
                    == program.evaluate(harness.activation, trace: true).value, "\(text)")
        }
    }
}
