import CEL
import Testing

@Suite struct ComprehensionTests {
    let harness = InterpreterHarness(variables: [
        "m": interpreterMap(["a": .int(1), "b": .int(2)]),
        "xs": .list([.int(3), .int(1), .int(2)]),
    ])

    @Test(arguments: [
        ("[1, 2, 3].all(x, x > 0)", Value.bool(true)),
        ("[1, 2, 3].all(x, x > 1)", .bool(false)),
        ("[1, 2, 3].exists(x, x == 2)", .bool(true)),
        ("[].exists(x, x == 2)", .bool(false)),
        ("[1, 2, 3].exists_one(x, x > 1)", .bool(false)),
        ("[1, 2, 3].exists_one(x, x > 2)", .bool(true)),
        ("xs.map(x, x * 2)", .list([.int(6), .int(2), .int(4)])),
        ("xs.filter(x, x > 1)", .list([.int(3), .int(2)])),
        ("xs.map(x, x > 1, x * 10)", .list([.int(30), .int(20)])),
        ("m.map(k, k)", .list([.string("a"), .string("b")])),
        ("m.all(k, m[k] > 0)", .bool(true)),
        ("[0, 1].exists(x, 1 / x == 1)", .bool(true)),
        ("[0, 1].all(x, 1 / x == 5)", .bool(false)),
        ("[[1], [2, 3]].map(l, l.map(y, y + 1))", .list([.list([.int(2)]), .list([.int(3), .int(4)])])),
    ])
    func macros(_ text: String, _ expected: Value) throws {
        #expect(try harness.evaluate(text) == expected)
    }

    @Test func errorsNotAbsorbedByTheLoopPropagate() throws {
        #expect(try harness.evaluate("[0, 1].all(x, 1 / x > 0)").errorMessage != nil)
        #expect(try harness.evaluate("[1, 0].map(x, 1 / x)").errorMessage != nil)
    }

    @Test func rangeMustBeAListOrMap() throws {
        #expect(try harness.evaluate("1.all(x, true)").errorMessage?.contains("range") == true)
    }

    @Test func comprehensionVariablesShadowOuterNames() throws {
        var shadowing = harness
        shadowing.variables["x"] = .string("outer")
        #expect(try shadowing.evaluate("[1, 2].map(x, x)") == .list([.int(1), .int(2)]))
        #expect(try shadowing.evaluate("[1].map(x, x) == [1] && x == 'outer'") == .bool(true))
    }

    @Test func twoVariableFoldsIterateIndexAndElementOrKeyAndValue() throws {
        let span = Span(start: 0, end: 0)
        func expr(_ id: Int, _ kind: ExprKind) -> Expr { Expr(id: id, span: span, kind: kind) }
        // sum of index * element over [10, 20, 30] = 0 + 20 + 60.
        let fold = Comprehension(
            iterVar: "i", iterVar2: "v",
            iterRange: expr(
                1,
                .list(
                    elements: [
                        expr(2, .constant(.int(10))), expr(3, .constant(.int(20))),
                        expr(4, .constant(.int(30))),
                    ], optionalIndices: [])),
            accuVar: "acc", accuInit: expr(5, .constant(.int(0))),
            loopCondition: expr(6, .constant(.bool(true))),
            loopStep: expr(
                7,
                .call(
                    function: "_+_", target: nil,
                    args: [
                        expr(8, .ident("acc")),
                        expr(
                            9,
                            .call(
                                function: "_*_", target: nil,
                                args: [expr(10, .ident("i")), expr(11, .ident("v"))])),
                    ])),
            result: expr(12, .ident("acc")))
        let environment = Environment()
        let ast = AST(source: Source("fold"), root: expr(13, .comprehension(fold)))
        #expect(environment.program(ast).evaluate(Activation()) == .int(80))

        var overMap = fold
        overMap.iterRange = expr(1, .ident("m"))
        overMap.loopStep = expr(
            7, .call(function: "_+_", target: nil, args: [expr(8, .ident("acc")), expr(11, .ident("v"))]))
        let mapAST = AST(source: Source("fold"), root: expr(13, .comprehension(overMap)))
        #expect(environment.program(mapAST).evaluate(harness.activation) == .int(3))
    }

    @Test func twoVariableMacros() throws {
        #expect(
            try harness.evaluate("m.transformMap(k, v, v * 10)")
                == interpreterMap(["a": .int(10), "b": .int(20)]))
        #expect(
            try harness.evaluate("m.transformMap(k, v, v > 1, k + 'x')")
                == interpreterMap(["b": .string("bx")]))
        #expect(try harness.evaluate("xs.transformList(i, v, i * v)") == .list([.int(0), .int(1), .int(4)]))
        #expect(
            try harness.evaluate("m.transformMapEntry(k, v, {v: k})")
                == .map(MapValue([.int(1): .string("a"), .int(2): .string("b")])))
        #expect(
            try harness.evaluate("m.transformMapEntry(k, v, {'same': v})").errorMessage?.contains(
                "already exists") == true)
        #expect(try harness.evaluate("xs.all(i, v, i < 3 && v > 0)") == .bool(true))
    }

    @Test func largeAccumulationsStayLinear() throws {
        let count = 20_000
        let big = InterpreterHarness(variables: ["r": .list((0..<count).map { .int(Int64($0)) })])
        #expect(try big.evaluate("r.map(x, x * 2).size()") == .int(Int64(count)))
        #expect(try big.evaluate("r.filter(x, x % 2 == 0).size()") == .int(Int64(count / 2)))
        #expect(try big.evaluate("r.transformMap(i, v, v).size()") == .int(Int64(count)))
    }

    @Test func comprehensionSizeIsLimited() throws {
        var limited = harness
        limited.options = ProgramOptions(maxComprehensionSize: 2)
        #expect(try limited.evaluate("xs.all(x, x > 0)").errorMessage?.contains("limit") == true)
        #expect(try limited.evaluate("[1, 2].all(x, x > 0)") == .bool(true))
    }
}
