import Testing

@testable import CEL

/// Parses and checks `text`, returning the checked AST.
func checked(
    _ text: String, _ variables: [String: CELType] = [:], functions: [Function] = []
) throws -> AST {
    try CheckerTestLibrary.environment(variables, functions: functions).compile(text)
}

/// The deduced type of `text`, as CEL prints it.
func deducedType(
    _ text: String, _ variables: [String: CELType] = [:], functions: [Function] = []
) throws -> String {
    try checked(text, variables, functions: functions).resultType.description
}

/// The diagnostics of an expression that must fail to check.
func checkDiagnostics(_ text: String, _ variables: [String: CELType] = [:]) throws -> [Diagnostic] {
    let environment = CheckerTestLibrary.environment(variables)
    let parsed = try environment.parse(text)
    do {
        _ = try environment.check(parsed)
    } catch {
        #expect(error.diagnostics.allSatisfy { $0.phase == .check })
        return error.diagnostics
    }
    Issue.record("'\(text)' checked without error")
    return []
}

@Suite("Checker: deduced types")
struct CheckerDeducedTypeTests {
    @Test(
        "literals",
        arguments: [
            ("true", "bool"), ("42", "int"), ("42u", "uint"), ("1.5", "double"), ("'test'", "string"),
            ("b'test'", "bytes"), ("null", "null_type"),
        ])
    func literals(text: String, type: String) throws {
        #expect(try deducedType(text) == type)
    }

    @Test(
        "list and map literals join their element types",
        arguments: [
            ("[1, 2]", "list(int)"), ("[1, 'a']", "list(dyn)"), ("[]", "list(dyn)"), ("{}", "map(dyn, dyn)"),
            ("{'abc': 123}", "map(string, int)"), ("{'a': 1, 2: 'b'}", "map(dyn, dyn)"),
            ("['1', null]", "list(dyn)"), ("[[1], []]", "list(list(int))"),
            ("[[], [[]], [[[]]], [[[[]]]]]", "list(list(list(list(list(dyn)))))"),
            ("[[[[[]]]], [], [[[]]]]", "list(list(list(list(list(dyn)))))"),
            ("['foo'][0]", "string"), ("{'a': [1]}['a']", "list(int)"),
        ])
    func aggregates(text: String, type: String) throws {
        #expect(try deducedType(text) == type)
    }

    @Test(
        "generic overloads bind their type parameters per call",
        arguments: [
            ("[1] + [2]", "list(int)"), ("[1] + []", "list(int)"), ("true ? 1 : 2", "int"),
            ("true ? [] : [1]", "list(int)"), ("type(1)", "type(int)"), ("type(1) == int", "bool"),
            ("size([1]) + size({'a': 1})", "int"), ("'a'.size()", "int"), ("2 in [1, 2]", "bool"),
            ("('foo' + 'bar').startsWith('foo')", "bool"),
        ])
    func generics(text: String, type: String) throws {
        #expect(try deducedType(text) == type)
    }

    @Test("user-declared generic functions deduce as cel-go does")
    func userGenerics() throws {
        let t = CELType.typeParameter("T")
        let u = CELType.typeParameter("U")
        let w = CELType.typeParameter("V")
        let tuple = Function(
            name: "tuple", overloads: [Overload("tuple_T_U_V", [t, u, w], .opaque("tuple", [t, u, w]))])
        let sort = Function(
            name: "sort",
            overloads: [
                Overload("sort_tuple_T_T_T", [.opaque("tuple", [t, t, t])], .opaque("tuple", [t, t, t]))
            ])
        #expect(
            try deducedType("[tuple(1, 2u, 3.0), tuple(dyn(1), dyn(2u), dyn(3.0))][0]", functions: [tuple])
                == "tuple(dyn, dyn, dyn)")
        #expect(
            try deducedType("sort(tuple(dyn(1), 2u, 3.0))", functions: [tuple, sort])
                == "tuple(dyn, dyn, dyn)")
        #expect(
            try deducedType("tuple(dyn(1), dyn(2u), 3.0) == tuple(1, 2u, 3.0)", functions: [tuple]) == "bool")
        let fn = Function(name: "fn", overloads: [Overload("fn_string_int", [.string, .int], .string)])
        #expect(try deducedType("fn('abc', 123)", functions: [fn]) == "string")
    }

    @Test("a dyn argument keeps every overload that could match, and the call becomes dyn")
    func dynArguments() throws {
        let ast = try checked("dyn(1) + dyn(2)")
        #expect(ast.resultType == .dyn)
        guard case .function(_, let ids) = ast.references[ast.root.id] else {
            Issue.record("no function reference")
            return
        }
        #expect(ids.contains("add_int64") && ids.contains("add_string") && ids.contains("add_list"))

        let narrowed = try checked("dyn(1) + 1")
        #expect(narrowed.resultType == .int)
        #expect(narrowed.references[narrowed.root.id] == .function(name: "_+_", overloadIDs: ["add_int64"]))
        #expect(try deducedType("dyn(1) > 1") == "bool")
    }

    @Test(
        "comprehensions type their variables from the range",
        arguments: [
            ("[1, 2].map(x, x * 2)", "list(int)"), ("[1, 2].filter(x, x > 1)", "list(int)"),
            ("{'a': 1}.exists(k, k == 'a')", "bool"), ("{'a': 1}.map(k, k + '!')", "list(string)"),
            ("{'a': 1}.all(k, v, v > 0)", "bool"), ("[1, 2].exists(i, v, i == v)", "bool"),
            ("[1].exists_one(x, x == 1)", "bool"), ("{'a': 1}.transformMap(k, v, v + 1)", "map(string, int)"),
            ("[2].transformList(i, v, v * i)", "list(int)"), ("([].map(x, x))[0].foo", "dyn"),
            ("dyn([1]).map(x, x)", "list(dyn)"), ("[[1]].map(l, l.map(x, x + 1))", "list(list(int))"),
        ])
    func comprehensions(text: String, type: String) throws {
        #expect(try deducedType(text) == type)
    }

    @Test(
        "optionals",
        arguments: [
            ("[optional.of(1), optional.none()]", "list(optional_type(int))"),
            ("[optional.of(1), optional.of(dyn(1))]", "list(optional_type(dyn))"),
            ("[optional.of(dyn(1)), optional.of(1)]", "list(optional_type(dyn))"),
            ("{'a': 1}.?a", "optional_type(int)"), ("{'a': {'b': 1}}.?a.b", "optional_type(int)"),
            ("{'a': 1}[?'a']", "optional_type(int)"), ("[1][?0].orValue(2)", "int"),
            ("[?optional.of(1), 2]", "list(int)"), ("{?'a': optional.of(1)}", "map(string, int)"),
            ("{}.?null_key.invalid.hasValue()", "bool"), ("optional.of(null).hasValue()", "bool"),
            ("dyn({}).?a", "optional_type(dyn)"),
        ])
    func optionals(text: String, type: String) throws {
        #expect(try deducedType(text) == type)
    }

    @Test(
        "type names are values of type type",
        arguments: [
            ("int", "type(int)"), ("string", "type(string)"), ("null_type", "type(null_type)"),
            ("list", "type(list(dyn))"), ("google.protobuf.Timestamp", "type(google.protobuf.Timestamp)"),
            (".int", "type(int)"),
        ])
    func typeNames(text: String, type: String) throws {
        #expect(try deducedType(text) == type)
    }

    @Test("has() is a bool")
    func has() throws {
        #expect(try deducedType("has(m.a)", ["m": .map(.string, .int)]) == "bool")
        #expect(try deducedType("has(d.a.b)", ["d": .dyn]) == "bool")
    }

    @Test("null is accepted where cel-go accepts it")
    func nullComparisons() throws {
        #expect(try deducedType("x == null", ["x": .null]) == "bool")
        #expect(try deducedType("dyn('') == null") == "bool")
        #expect(try deducedType("m.a == null", ["m": .map(.string, .dyn)]) == "bool")
        #expect(try deducedType("[null] == [null]") == "bool")
        #expect(try deducedType("{1: 'hello', 2: 'world'} == {1: 'goodbye', 2: null}") == "bool")
    }

    @Test("every node of the checked tree has a type")
    func everyNodeTyped() throws {
        let ast = try checked("[1, 2].exists(x, x > size(['a']) + m.b)", ["m": .map(.string, .int)])
        var ids: [ExprID] = []
        collectIDs(ast.root, into: &ids)
        #expect(!ids.isEmpty)
        for id in ids {
            #expect(ast.types[id] != nil, "node \(id) has no type")
            #expect(!(ast.types[id]?.description.contains("_var") ?? false))
        }
    }
}

func collectIDs(_ expr: Expr, into ids: inout [ExprID]) {
    ids.append(expr.id)
    switch expr.kind {
    case .constant, .ident: break
    case .select(let operand, _, _): collectIDs(operand, into: &ids)
    case .call(_, let target, let args):
        if let target { collectIDs(target, into: &ids) }
        for arg in args { collectIDs(arg, into: &ids) }
    case .list(let elements, _): for element in elements { collectIDs(element, into: &ids) }
    case .map(let entries):
        for entry in entries {
            collectIDs(entry.key, into: &ids)
            collectIDs(entry.value, into: &ids)
        }
    case .structure(_, let fields): for field in fields { collectIDs(field.value, into: &ids) }
    case .comprehension(let c):
        for part in [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result] {
            collectIDs(part, into: &ids)
        }
    }
}
