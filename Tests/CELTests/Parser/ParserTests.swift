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
        ("x >= 1 != y <= 2", "_!=_(_>=_(x, 1), _<=_(y, 2))"),
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
