import Testing

@testable import CEL

@Suite("Checker: names")
struct NameResolutionTests {
    @Test("a declared variable resolves with a reference")
    func variable() throws {
        let ast = try checked("x", ["x": .int])
        #expect(ast.resultType == .int)
        #expect(ast.references[ast.root.id] == .variable("x"))
    }

    @Test("the longest declared qualified name wins and the chain becomes one identifier")
    func longestQualifiedName() throws {
        let ast = try checked("a.b.c", ["a.b.c": .string, "a.b": .map(.string, .int)])
        #expect(ast.resultType == .string)
        #expect(ast.references[ast.root.id] == .variable("a.b.c"))
        #expect(ast.root.kind == .ident("a.b.c"))

        let field = try checked("a.b.c", ["a.b": .map(.string, .int)])
        #expect(field.resultType == .int)
        guard case .select(let operand, "c", false) = field.root.kind else {
            Issue.record("expected a select of c, got \(field.root.kind)")
            return
        }
        #expect(operand.kind == .ident("a.b"))
        #expect(field.references[operand.id] == .variable("a.b"))
    }

    @Test("a leading dot names a declared variable, never a comprehension variable")
    func absoluteName() throws {
        #expect(try deducedType(".x", ["x": .int]) == "int")
        #expect(try deducedType("['s'].all(x, .x > 1)", ["x": .int]) == "bool")
    }

    @Test("a comprehension variable shadows a declared qualified name")
    func comprehensionShadowing() throws {
        let ast = try checked("[{'z': 0}].exists(y, y.z == 0)", ["y.z": .int])
        #expect(ast.resultType == .bool)
        #expect(!ast.references.values.contains(.variable("y.z")))
    }

    @Test("a namespaced function becomes a global call of its full name")
    func namespacedFunction() throws {
        let ast = try checked("math.greatest(1, 2)")
        #expect(ast.resultType == .int)
        #expect(
            ast.references[ast.root.id]
                == .function(name: "math.greatest", overloadIDs: ["math_@max_int_int"]))
        guard case .call("math.greatest", nil, let args) = ast.root.kind else {
            Issue.record("expected a global call, got \(ast.root.kind)")
            return
        }
        #expect(args.count == 2)
    }

    @Test("a variable named like a namespace makes the call a receiver call")
    func variableShadowsNamespace() throws {
        let diagnostics = try checkDiagnostics("math.greatest(1, 2)", ["math": .map(.string, .int)])
        #expect(diagnostics.map(\.message) == ["undeclared reference to 'greatest' (in container '')"])
    }

    @Test("receiver and global overloads are told apart")
    func callStyle() throws {
        let ast = try checked("'abc'.size() + size('abc')")
        guard case .call(_, nil, let args) = ast.root.kind else { return }
        #expect(ast.references[args[0].id] == .function(name: "size", overloadIDs: ["string_size"]))
        #expect(ast.references[args[1].id] == .function(name: "size", overloadIDs: ["size_string"]))
    }

    @Test("a type name used as a value refers to the type")
    func typeReference() throws {
        let ast = try checked("int")
        #expect(ast.references[ast.root.id] == .type(.int))
        let timestamp = try checked("google.protobuf.Timestamp")
        #expect(timestamp.references[timestamp.root.id] == .type(.timestamp))
        #expect(timestamp.root.kind == .ident("google.protobuf.Timestamp"))
    }

    @Test("a declared variable wins over a type name")
    func variableBeatsTypeName() throws {
        #expect(try deducedType("int", ["int": .string]) == "string")
    }

    @Test("optional select records its pseudo-overload")
    func optionalSelectReference() throws {
        let ast = try checked("m.?a", ["m": .map(.string, .int)])
        #expect(
            ast.references[ast.root.id] == .function(name: "_?._", overloadIDs: ["select_optional_field"]))
    }
}
