import Testing

@testable import CEL

@Suite("Checker: errors")
struct CheckErrorTests {
    @Test("an undeclared variable is reported at its span with a did-you-mean hint")
    func undeclaredVariable() throws {
        let diagnostics = try checkDiagnostics(
            "prodct.hs_code == '0804'", ["product": .map(.string, .string)])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.message == "undeclared reference to 'prodct' (in container '')")
        #expect(diagnostic.span == Span(start: 0, end: 6))
        #expect(diagnostic.hint == "did you mean 'product'?")
    }

    @Test("a misspelled function gets a did-you-mean hint")
    func misspelledFunction() throws {
        let diagnostics = try checkDiagnostics("sise('abc') > 2")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "undeclared reference to 'sise' (in container '')")
        #expect(diagnostic.hint == "did you mean 'size'?")
        #expect(diagnostic.span.start == 0)
    }

    @Test("a field missing from declared qualified names lists the names declared under it")
    func qualifiedNameHint() throws {
        let diagnostics = try checkDiagnostics("a.b.nme", ["a.b.name": .string, "a.b.code": .string])
        #expect(diagnostics.first?.message == "undeclared reference to 'a' (in container '')")
        #expect(diagnostics.first?.hint == "'a' is only the start of declared names: 'a.b.code', 'a.b.name'")
    }

    @Test("a name far from every declaration gets no suggestion")
    func noSuggestion() throws {
        let diagnostics = try checkDiagnostics("zzzzzz", ["product": .int])
        #expect(diagnostics.first?.hint == nil)
    }

    @Test("no matching overload names the argument types, cel-go style")
    func noMatchingOverload() throws {
        let diagnostics = try checkDiagnostics("1 + 'a'")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "found no matching overload for '_+_' applied to '(int, string)'")
        #expect(diagnostic.span == Span(start: 0, end: 7))
        #expect(diagnostic.hint?.contains("(int, int) -> int") == true)

        let member = try checkDiagnostics("'abc'.startsWith(1)")
        #expect(
            member.first?.message == "found no matching overload for 'startsWith' applied to 'string.(int)'")
    }

    @Test(
        "common operator mistakes get a sentence of their own",
        arguments: [
            ("rvc * 100", "CEL does not mix int, uint and double in arithmetic"),
            ("hs == 804", "'==' compares values of one type, here 'string' and 'int'"),
            ("hs < 804", "'<' orders values of one type, here 'string' and 'int'"),
            ("hs && true", "a condition must be a bool, not 'string'"),
            ("hs ? 1 : 2", "a condition must be a bool, not 'string'"),
            ("true ? 1 : 'a'", "both branches of '?:' must have one type, here 'int' and 'string'"),
            ("size('a', 'b')", "'size' takes 1 argument"),
        ])
    func operatorHints(text: String, hint: String) throws {
        let environment = CheckerTestLibrary.environment(
            ["rvc": .double, "hs": .string],
            functions: [
                Function(
                    name: Operator.less,
                    overloads: [
                        Overload("less_int64", [.int, .int], .bool),
                        Overload("less_string", [.string, .string], .bool),
                    ])
            ])
        do {
            _ = try environment.compile(text)
            Issue.record("'\(text)' checked without error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.hint?.hasPrefix(hint) == true, "hint: \(diagnostic.hint ?? "none")")
        }
    }

    @Test("calling a global function on a receiver says how to call it")
    func wrongCallStyle() throws {
        let diagnostics = try checkDiagnostics("'1'.int()")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "found no matching overload for 'int' applied to 'string.()'")
        #expect(diagnostic.hint?.contains("global function") == true)
    }

    @Test("every error is collected, in source order, without cascades")
    func collectsAll() throws {
        let diagnostics = try checkDiagnostics("x + 1 > y && size(z) > 0")
        #expect(
            diagnostics.map(\.message) == [
                "undeclared reference to 'x' (in container '')",
                "undeclared reference to 'y' (in container '')",
                "undeclared reference to 'z' (in container '')",
            ])
        #expect(diagnostics.map(\.span.start) == [0, 8, 18])
    }

    @Test("field selection on a type without fields is an error")
    func fieldSelection() throws {
        let diagnostics = try checkDiagnostics("n.foo", ["n": .int])
        #expect(diagnostics.map(\.message) == ["type 'int' does not support field selection"])
        let list = try checkDiagnostics("l.name == 'a'", ["l": .list(.map(.string, .string))])
        #expect(list.first?.hint?.contains("exists") == true)
        let message = try checkDiagnostics("t.seconds", ["t": .message("google.type.Date")])
        #expect(message.first?.message == "undefined field 'seconds' of message type 'google.type.Date'")
    }

    @Test("a comprehension over a value that is not a collection is an error")
    func badRange() throws {
        let diagnostics = try checkDiagnostics("1.exists(x, x > 0)")
        #expect(
            diagnostics.first?.message
                == "expression of type 'int' cannot be range of a comprehension (must be list, map, or dynamic)"
        )
    }

    @Test("a predicate that is not a bool is a type mismatch")
    func predicateMustBeBool() throws {
        let diagnostics = try checkDiagnostics("[1].all(x, x + 1)")
        #expect(
            diagnostics.map(\.message) == ["found no matching overload for '_&&_' applied to '(bool, int)'"])
    }

    @Test("an optional element that is not optional is a type mismatch")
    func optionalElement() throws {
        let diagnostics = try checkDiagnostics("[?1]")
        #expect(diagnostics.map(\.message) == ["expected type 'optional_type(int)' but found 'int'"])
    }

    @Test("null is not assignable to a primitive")
    func nullToPrimitive() throws {
        let diagnostics = try checkDiagnostics("m.a == null", ["m": .map(.string, .string)])
        #expect(
            diagnostics.map(\.message) == [
                "found no matching overload for '_==_' applied to '(string, null_type)'"
            ])
    }

    @Test("message construction is refused: Comply has no protobuf")
    func messageConstruction() throws {
        let diagnostics = try checkDiagnostics("Money{units: 1 + 'a'}")
        #expect(diagnostics.count == 2)
        #expect(diagnostics.first?.message == "undeclared reference to 'Money' (in container '')")
    }

    @Test("the rendered error points at the column with a caret and the hint")
    func rendering() throws {
        let environment = CheckerTestLibrary.environment(["product": .int])
        do {
            _ = try environment.compile("1 + prodct")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description == """
                    ERROR: <input>:1:5: undeclared reference to 'prodct' (in container '')
                     | 1 + prodct
                     | ....^
                     hint: did you mean 'product'?
                    """)
        }
    }
}

@Suite("Checker: scale")
struct CheckerScaleTests {
    @Test("deeply nested and long expressions check in linear-ish time")
    func nestedExpressions() throws {
        let sum = (0..<200).map(String.init).joined(separator: " + ")
        #expect(try deducedType(sum) == "int")
        let wide = "[" + (0..<5_000).map { "{'k\($0)': [\($0)]}" }.joined(separator: ", ") + "]"
        #expect(try deducedType(wide) == "list(map(string, list(int)))")
        let nested = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(try deducedType(nested).hasPrefix("list(list("))
        let conditions = (0..<200).map { "x > \($0)" }.joined(separator: " && ")
        #expect(try deducedType(conditions, ["x": .int]) == "bool")
    }

    @Test("a type that doubles at every step is refused instead of taking exponential time")
    func doublingType() throws {
        let text = "[1]" + (0..<60).map { ".map(v\($0), {v\($0): v\($0)})" }.joined()
        let diagnostics = try checkDiagnostics(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "the type of this expression has more than 4096 parts")
    }
}
