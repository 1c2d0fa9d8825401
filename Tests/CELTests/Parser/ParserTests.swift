import Testing

@testable import CEL

/// The tree of `text`, rendered by ``Expr/debugDescription``.
private func tree(_ text: String, options: ParserOptions = ParserOptions()) throws -> String {
    try Parser(source: Source(text), options: options).parse().root.debugDescription
}

/// The diagnostics of `text`, which must fail to parse.
private func failures(_ text: String, options: ParserOptions = ParserOptions()) -> [Diagnostic] {
    do {
        _ = try Parser(source: Source(text), options: options).parse()
        return []
    } catch {
        return error.diagnostics
    }
}

private func rendered(_ text: String) -> String {
    do {
        _ = try Parser(source: Source(text), options: ParserOptions()).parse()
        return ""
    } catch {
        return error.description
    }
}

@Suite struct PrecedenceTests {
    @Test(arguments: [
        ("a + b * c", "_+_(a, _*_(b, c))"),
        ("a * b + c", "_+_(_*_(a, b), c)"),
        ("a - b - c", "_-_(_-_(a, b), c)"),
        ("a / b % c", "_%_(_/_(a, b), c)"),
        ("a < b == c", "_==_(_<_(a, b), c)"),
        ("a + 1 in b", "@in(_+_(a, 1), b)"),
        ("a && b || c && d", "_||_(_&&_(a, b), _&&_(c, d))"),
        ("a || b && c", "_||_(a, _&&_(b, c))"),
        ("a ? b : c ? d : e", "_?_:_(a, b, _?_:_(c, d, e))"),
        ("a || b ? c + 1 : d", "_?_:_(_||_(a, b), _+_(c, 1), d)"),
        ("!a && b", "_&&_(!_(a), b)"),
        ("!!true", "!_(!_(true))"),
        ("-a.b", "-_(a.b)"),
        ("--1", "-_(-1)"),
        ("-1", "-1"),
        ("- 2.5", "-2.5"),
        ("!-1", "!_(-1)"),
        ("-(1)", "-_(1)"),
        ("a.b.c[0].d", "_[_](a.b.c, 0).d"),
        ("(a + b) * c", "_*_(_+_(a, b), c)"),
        ("x >= 1 != y <= 2", "_<=_(_!=_(_>=_(x, 1), y), 2)"),
        ("a > b in c", "@in(_>_(a, b), c)"),
    ])
    func precedence(_ text: String, _ expected: String) throws {
        #expect(try tree(text) == expected)
    }

    @Test func longLogicalChainsAreBalanced() throws {
        #expect(try tree("a && b && c && d") == "_&&_(_&&_(a, b), _&&_(c, d))")
        #expect(try tree("a || b || c") == "_||_(a, _||_(b, c))")
        let chain = Array(repeating: "true", count: 1000).joined(separator: " && ")
        #expect(try tree(chain).hasPrefix("_&&_("))
    }
}

@Suite struct MemberAndPrimaryTests {
    @Test(arguments: [
        ("a.b(c, d)", "a.b(c, d)"),
        ("f()", "f()"),
        ("math.greatest(1, 2)", "math.greatest(1, 2)"),
        (".a.b", ".a.b"),
        (".f(1)", ".f(1)"),
        ("[1, 2, 3,]", "[1, 2, 3]"),
        ("[]", "[]"),
        ("{1: 'a', 'k': 2,}", "{1: \"a\", \"k\": 2}"),
        ("{}", "{}"),
        ("a.b.Msg{f: 1, `g-h`: 2}", "a.b.Msg{f: 1, `g-h`: 2}"),
        (".google.Msg{}", ".google.Msg{}"),
        ("Msg{f: 1,}", "Msg{f: 1}"),
        ("a.`content-type`", "a.`content-type`"),
        ("{'break': 1}.break", "{\"break\": 1}.break"),
        ("a.while()", "a.while()"),
        ("a[b][c]", "_[_](_[_](a, b), c)"),
        ("size(x) > 0", "_>_(size(x), 0)"),
        ("x // a comment\n + 1", "_+_(x, 1)"),
    ])
    func shapes(_ text: String, _ expected: String) throws {
        #expect(try tree(text) == expected)
    }

    @Test func optionalSyntaxLowersToCalls() throws {
        #expect(try tree("a.?b") == "_?._(a, \"b\")")
        #expect(try tree("a[?0]") == "_[?_](a, 0)")
        #expect(try tree("a.?b.c") == "_?._(a, \"b\").c")
        #expect(try tree("[?a, b]") == "[?a, b]")
        #expect(try tree("{?'k': v}") == "{?\"k\": v}")
        #expect(try tree("Msg{?f: v}") == "Msg{?f: v}")
    }

    @Test func optionalSyntaxCanBeDisabled() {
        var options = ParserOptions()
        options.enableOptionalSyntax = false
        let diagnostics = failures("a.?b", options: options)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.span == Span(start: 2, end: 3))
    }

    @Test func idsAreUniqueAndSequential() throws {
        let ast = try Parser(source: Source("[1, 2].map(x, x * 2 + y)"), options: ParserOptions()).parse()
        var ids: [ExprID] = []
        gatherNodeIDs(ast.root, into: &ids)
        #expect(Set(ids).count == ids.count)
        #expect(ids.min() == 1)
        #expect(ids.allSatisfy { $0 >= 1 && $0 <= ids.count + 10 })
    }

    @Test func spansCoverTheirText() throws {
        let source = Source("foo.bar(1 + 2) && (x)")
        let ast = try Parser(source: source, options: ParserOptions()).parse()
        #expect(ast.root.span == Span(start: 0, end: 21))
        guard case .call(_, _, let args) = ast.root.kind else {
            Issue.record("expected a call")
            return
        }
        #expect(args[0].span == Span(start: 0, end: 14))
        #expect(args[1].span == Span(start: 18, end: 21))
        guard case .call(_, let target, let inner) = args[0].kind else {
            Issue.record("expected a call")
            return
        }
        #expect(target?.span == Span(start: 0, end: 3))
        #expect(inner[0].span == Span(start: 8, end: 13))
    }
}

private func gatherNodeIDs(_ expr: Expr, into ids: inout [ExprID]) {
    ids.append(expr.id)
    switch expr.kind {
    case .constant, .ident: break
    case .select(let operand, _, _): gatherNodeIDs(operand, into: &ids)
    case .call(_, let target, let args):
        if let target { gatherNodeIDs(target, into: &ids) }
        for arg in args { gatherNodeIDs(arg, into: &ids) }
    case .list(let elements, _):
        for element in elements { gatherNodeIDs(element, into: &ids) }
    case .map(let entries):
        for entry in entries {
            ids.append(entry.id)
            gatherNodeIDs(entry.key, into: &ids)
            gatherNodeIDs(entry.value, into: &ids)
        }
    case .structure(_, let fields):
        for field in fields {
            ids.append(field.id)
            gatherNodeIDs(field.value, into: &ids)
        }
    case .comprehension(let loop):
        for part in [loop.iterRange, loop.accuInit, loop.loopCondition, loop.loopStep, loop.result] {
            gatherNodeIDs(part, into: &ids)
        }
    }
}

@Suite struct LiteralTests {
    @Test func integerLimits() throws {
        #expect(try tree("-9223372036854775808") == "-9223372036854775808")
        #expect(try tree("9223372036854775807") == "9223372036854775807")
        #expect(try tree("-0x8000000000000000") == "-9223372036854775808")
        #expect(try tree("18446744073709551615u") == "18446744073709551615u")
        #expect(try tree("-(9223372036854775807)") == "-_(9223372036854775807)")
        #expect(try tree("-1u") == "-_(1u)")
    }

    @Test(arguments: ["9223372036854775808", "-9223372036854775809", "18446744073709551616u", "1e309"])
    func outOfRangeLiteralsAreErrors(_ text: String) {
        let diagnostics = failures(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.span == Span(start: 0, end: text.unicodeScalars.count))
    }

    @Test func constants() throws {
        #expect(
            try tree("[1, 2u, 2.5, 'a\\n', b'\\xff', true, false, null]")
                == "[1, 2u, 2.5, \"a\\n\", b\"\\xFF\", true, false, null]")
        let ast = try Parser(source: Source("1e3"), options: ParserOptions()).parse()
        #expect(ast.root.kind == .constant(.double(1000)))
    }
}

@Suite struct MacroTests {
    @Test func hasBecomesATestOnlySelect() throws {
        let ast = try Parser(source: Source("has(a.b.c)"), options: ParserOptions()).parse()
        #expect(ast.root.debugDescription == "a.b.c~test-only~")
        #expect(ast.macroCalls[ast.root.id]?.debugDescription == "has(a.b.c)")
        #expect(ast.root.span == Span(start: 0, end: 10))
    }

    @Test func quantifiersExpandLikeCelGo() throws {
        #expect(
            try tree("l.all(x, x > 0)")
                == "__comprehension__(x, l, @result, true, @not_strictly_false(@result), "
                + "_&&_(@result, _>_(x, 0)), @result)")
        #expect(
            try tree("l.exists(x, p)")
                == "__comprehension__(x, l, @result, false, @not_strictly_false(!_(@result)), "
                + "_||_(@result, p), @result)")
        #expect(
            try tree("l.exists_one(x, p)")
                == "__comprehension__(x, l, @result, 0, true, _?_:_(p, _+_(@result, 1), @result), "
                + "_==_(@result, 1))")
    }

    @Test func mapAndFilterAccumulateLists() throws {
        #expect(
            try tree("l.map(x, x * 2)")
                == "__comprehension__(x, l, @result, [], true, _+_(@result, [_*_(x, 2)]), @result)")
        #expect(
            try tree("l.map(x, x > 0, x)")
                == "__comprehension__(x, l, @result, [], true, _?_:_(_>_(x, 0), _+_(@result, [x]), @result), @result)"
        )
        #expect(
            try tree("l.filter(x, x > 0)")
                == "__comprehension__(x, l, @result, [], true, _?_:_(_>_(x, 0), _+_(@result, [x]), @result), @result)"
        )
    }

    @Test func twoVariableComprehensions() throws {
        var options = ParserOptions()
        options.macros.formUnion(Macro.twoVariableComprehensions)
        #expect(
            try tree("m.all(k, v, v > k)", options: options)
                == "__comprehension__(k, v, m, @result, true, @not_strictly_false(@result), "
                + "_&&_(@result, _>_(v, k)), @result)")
        #expect(
            try tree("m.transformMap(k, v, v + 1)", options: options)
                == "__comprehension__(k, v, m, @result, {}, true, cel.@mapInsert(@result, k, _+_(v, 1)), @result)"
        )
        #expect(
            try tree("l.transformList(i, v, i < 2, v)", options: options)
                == "__comprehension__(i, v, l, @result, [], true, _?_:_(_<_(i, 2), _+_(@result, [v]), @result), "
                + "@result)")
        #expect(
            try tree("m.transformMapEntry(k, v, {v: k})", options: options)
                == "__comprehension__(k, v, m, @result, {}, true, cel.@mapInsert(@result, {v: k}), @result)")
        #expect(failures("m.all(k, k, true)", options: options).first?.message.contains("duplicate") == true)
        #expect(try tree("m.transformList(i, v, v)") == "m.transformList(i, v, v)")
    }

    @Test func optionalMapBindsTheValue() throws {
        var options = ParserOptions()
        options.macros.formUnion(Macro.optionals)
        let ast = try Parser(source: Source("o.optMap(v, v + 1)"), options: options).parse()
        #expect(
            ast.root.debugDescription
                == "_?_:_(o.hasValue(), optional.of(__comprehension__(#unused, [], v, o.value(), false, v, "
                + "_+_(v, 1))), optional.none())")
        #expect(ast.macroCalls[ast.root.id]?.debugDescription == "o.optMap(v, _+_(v, 1))")
        #expect(
            try tree("o.optFlatMap(v, f(v))", options: options)
                == "_?_:_(o.hasValue(), __comprehension__(#unused, [], v, o.value(), false, v, f(v)), optional.none())"
        )
        #expect(try tree("o.optMap(v, v)") == "o.optMap(v, v)")
    }

    @Test func nestedMacrosAreRecordedSeparately() throws {
        let ast = try Parser(source: Source("a.all(x, x.exists(y, y))"), options: ParserOptions()).parse()
        #expect(ast.macroCalls.count == 2)
        #expect(ast.macroCalls[ast.root.id].map { "\($0.span)" } == "0..<24")
    }

    @Test func wrongArityIsAnOrdinaryCall() throws {
        #expect(try tree("l.all(x)") == "l.all(x)")
        #expect(try tree("has(a.b, c)") == "has(a.b, c)")
        #expect(try tree("all(l, x, p)") == "all(l, x, p)")
        #expect(try tree(".has(a.b)") == ".has(a.b)")
    }

    @Test func disabledMacrosAreOrdinaryCalls() throws {
        var options = ParserOptions()
        options.macros = []
        #expect(try tree("has(a.b) && l.all(x, x)", options: options) == "_&&_(has(a.b), l.all(x, x))")
    }

    @Test func badMacroArgumentsAreReportedAtTheArgument() {
        let hasFailure = failures("has(a)")
        #expect(hasFailure.count == 1)
        #expect(hasFailure.first?.span == Span(start: 4, end: 5))
        let allFailure = failures("l.all(x.y, true)")
        #expect(allFailure.first?.span == Span(start: 6, end: 9))
    }
}

@Suite struct ErrorTests {
    @Test func caretPointsAtTheOffendingToken() {
        #expect(
            rendered("a + (b")
                == """
                ERROR: <input>:1:7: Syntax error: unexpected end of input, expected ')' to close the '(' at column 5
                 | a + (b
                 | ......^
                """)
        #expect(
            rendered("a &&\n  b c").hasPrefix("ERROR: <input>:2:5: Syntax error: unexpected identifier 'c'"))
    }

    @Test(arguments: [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ])
    func reservedWordsAreNotNames(_ word: String) throws {
        let diagnostics = failures("\(word) + 1")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("reserved") == true)
        #expect(failures("\(word)(1)").count == 1)
        #expect(try tree("a.\(word)") == "a.\(word)")
        #expect(try tree("a.\(word)()") == "a.\(word)()")
    }

    @Test(arguments: [
        "", "(", ")", "a +", "a.", "a.1", "[1 2]", "{1 2}", "{1: 2", "f(1,)", "a ? b", "!-a",
        "a[?", "Msg{1: 2}", "'abc", "\u{0}", "`a`", "a.?b()", "1 = 2", "{,}", "a b",
    ])
    func malformedInputIsRejected(_ text: String) {
        #expect(!failures(text).isEmpty)
    }

    @Test func severalProblemsAreReportedTogether() {
        let diagnostics = failures("if + '\\q' + 99999999999999999999 + has(x)")
        #expect(diagnostics.count == 4)
        #expect(diagnostics.map(\.span.start) == [0, 6, 12, 39])
    }

    @Test func diagnosticsAreCapped() {
        let text = Array(repeating: "'\\q'", count: 100).joined(separator: " + ")
        #expect(failures(text).count == Parser.maxDiagnostics)
    }
}

@Suite struct LimitTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000)
        let diagnostics = failures(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("250") == true)
    }

    @Test func nestingUpToTheLimitParses() throws {
        var options = ParserOptions()
        options.maxDepth = 100
        let nested = String(repeating: "[", count: 99) + "1" + String(repeating: "]", count: 99)
        #expect(throws: Never.self) { try Parser(source: Source(nested), options: options).parse() }
        let tooDeep = String(repeating: "[", count: 101) + "1" + String(repeating: "]", count: 101)
        #expect(!failures(tooDeep, options: options).isEmpty)
    }

    @Test func defaultDepthSurvivesEveryRecursivePath() {
        let shapes: [(Int) -> String] = [
            { String(repeating: "(", count: $0) + "1" + String(repeating: ")", count: $0) },
            { String(repeating: "!", count: $0) + "true" },
            { String(repeating: "-", count: $0) + "x" },
            { "x" + String(repeating: ".a", count: $0) },
            { String(repeating: "f(", count: $0) + "1" + String(repeating: ")", count: $0) },
            { String(repeating: "{1: ", count: $0) + "1" + String(repeating: "}", count: $0) },
            { Array(repeating: "1", count: $0).joined(separator: " + ") },
            { Array(repeating: "a ? b", count: $0).joined(separator: " : ") + " : c" },
        ]
        for shape in shapes {
            #expect(failures(shape(240)).isEmpty, "\(shape(3))")
            #expect(!failures(shape(480)).isEmpty, "\(shape(3))")
        }
    }

    @Test func longInputIsRejected() {
        var options = ParserOptions()
        options.maxLength = 10
        let diagnostics = failures("aaaaa + bbbbb", options: options)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.span.start == 10)
    }
}
