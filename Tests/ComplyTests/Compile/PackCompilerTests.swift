import CEL
import Comply
import Testing
import YAML

@Suite struct PackCompilerTests {
    @Test func packsCompiledTogetherKeepTheirOrderAndTheirOwnDiagnostics() throws {
        let packs = try (0..<12).map { index in
            let require = index == 5 ? "products.size() > \"one\"" : "products.size() > \(index)"
            let yaml = Engine.pack(
                """
                  - id: c\(index)
                    title: Check \(index)
                    require: '\(require)'
                """
            ).replacingOccurrences(of: "pack: test.pack", with: "pack: test.pack\(index)")
            return try Engine.decode(yaml, file: "p\(index).pack.yaml")
        }
        let compilations = PackCompiler(profileVariables: Engine.profileVariables).compile(packs)
        #expect(
            compilations.map { $0.pack?.id ?? "broken" }
                == packs.map { $0.id == "test.pack5" ? "broken" : $0.id })
        #expect(compilations[5].diagnostics.first?.range.file == "p5.pack.yaml")
        #expect(compilations.enumerated().allSatisfy { $0.offset == 5 || $0.element.diagnostics.isEmpty })
    }

    @Test func typeErrorIsLocatedInThePackFileWithCaret() throws {
        let yaml = Engine.pack(
            """
              - id: bad
                title: Bad
                require: enterprise.employees + "x" > 3
            """)
        let result = try Engine.compilation(yaml)
        #expect(result.pack == nil)
        let diagnostic = try #require(result.diagnostics.first { $0.severity == .error })
        // The check sits at the end of the pack text; find the line of `require:`.
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("require: enterprise") }) + 1
        #expect(diagnostic.range.file == "test.pack.yaml")
        #expect(diagnostic.range.start.line == line)
        #expect(diagnostic.message.contains("type error in `require` of check \"bad\""))
        #expect(diagnostic.hint?.contains("^") == true)
    }

    @Test func syntaxErrorColumnPointsAtTheCharacter() throws {
        let yaml = Engine.pack(
            """
              - id: bad
                title: Bad
                require: enterprise.employees >
            """)
        let result = try Engine.compilation(yaml)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.contains("syntax error"))
        #expect(diagnostic.range.start.column > 14)
    }

    @Test func unknownTableWithDidYouMean() throws {
        let yaml = Engine.pack(
            """
              - id: t
                title: T
                require: size(tables.permited) > 0
            """,
            extra: """
                tables:
                  permitted:
                    columns: {code: string}
                    rows: [{code: "0804"}]
                """)
        let result = try Engine.compilation(yaml)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.contains("table \"permited\""))
        #expect(diagnostic.hint == "did you mean \"permitted\"?")
    }

    @Test func unknownPluginAndWrongVersion() throws {
        var pack = try Engine.decode(Engine.pack("  - {id: a, title: A, require: 'true'}"))
        pack.plugins = [
            PluginRequirement(id: "hz", versions: try #require(VersionRequirement(">=1"))),
            PluginRequirement(id: "origin", versions: try #require(VersionRequirement(">=2"))),
        ]
        let result = PackCompiler(profileVariables: Engine.profileVariables).compile(pack)
        #expect(result.pack == nil)
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics[0].hint == "did you mean \"hs\"?")
        #expect(result.diagnostics[1].message.contains("version 1.0.0 is installed"))
    }

    @Test func messageTemplateErrorsAreCompileErrors() throws {
        let yaml = Engine.pack(
            """
              - id: m
                title: M
                require: "true"
                message:
                  pass: "{{ enterprise.name | numbr }} and {{ size(enterprise.name) + 'x' }}"
            """)
        let result = try Engine.compilation(yaml)
        #expect(result.diagnostics.contains { $0.message.contains("unknown format \"numbr\"") })
        #expect(result.diagnostics.contains { $0.hint == "did you mean \"number\"?" })
        #expect(result.diagnostics.contains { $0.message.contains("type error in the pass message (en)") })
    }

    @Test func conditionMustBeBool() throws {
        let yaml = Engine.pack("  - {id: n, title: N, require: 'enterprise.name.size()'}")
        let result = try Engine.compilation(yaml)
        #expect(result.diagnostics.first?.message.contains("must be true or false, but it is int") == true)
    }

    @Test func guardsIndexMarkets() throws {
        let pack = try Engine.compile(
            Engine.pack(
                """
                  - id: cn
                    title: CN
                    for_each: {product: products, export: product.exports}
                    when: export.market == "CN" && hs.chapter(product.hs_code) == 8
                    require: "true"
                  - id: asean
                    title: ASEAN
                    for_each: {product: products, export: product.exports}
                    when: export.market in ["LA", "TH"] && export.fta == "ATIGA"
                    require: "true"
                  - id: any
                    title: Any
                    for_each: {product: products, export: product.exports}
                    when: export.market == "CN" || export.market == "HK"
                    require: "true"
                """))
        #expect(pack.checks[0].markets == ["CN"])
        #expect(pack.checks[1].markets == ["LA", "TH"])
        #expect(pack.checks[1].guards.contains(CheckGuard(root: "export", field: "fta", allowed: ["ATIGA"])))
        #expect(pack.checks[2].markets == nil)
    }

    @Test func bindingElementTypesFlowIntoLets() throws {
        let result = try Engine.compilation(
            Engine.pack(
                """
                  - id: typed
                    title: Typed
                    for_each: {product: products}
                    let: {code: product.hs_code, n: size(products)}
                    require: n + code > 0
                """))
        // `n` is an int and `code` is dyn: the checker accepts, but `n + "x"` would not.
        #expect(result.pack != nil)
        let bad = try Engine.compilation(
            Engine.pack(
                """
                  - id: typed
                    title: Typed
                    for_each: {product: products}
                    let: {n: size(products)}
                    require: n + "x" > 0
                """))
        #expect(bad.pack == nil)
    }

    @Test func bindingMayNotShadowAProfileField() throws {
        let result = try Engine.compilation(
            Engine.pack("  - {id: s, title: S, for_each: {products: products}, require: 'true'}"))
        #expect(result.diagnostics.first?.message.contains("hides the profile variable") == true)
    }
}

@Suite struct SchemaTypedCompileTests {
    static let schema = """
        type: object
        properties:
          enterprise:
            type: object
            properties:
              name: {type: string}
          products:
            type: array
            items:
              type: object
              properties:
                name: {type: string}
                hs_code: {type: string}
                fob_value: {type: number}
        """

    static func compile(_ require: String) throws -> PackCompilation {
        let node = try #require(try YAMLLoader().load(Self.schema, file: "schema.yaml").first)
        let schema = try SchemaDecoder().decode(node)
        let pack = try Engine.decode(
            Engine.pack(
                """
                  - id: typed
                    title: Typed
                    for_each: {product: products}
                    require: \(require)
                """))
        return PackCompiler(schema: schema).compile(pack)
    }

    @Test func misspeltFieldIsACompileErrorWithSuggestion() throws {
        let result = try Self.compile("product.hs_cod == '0804'")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.pack == nil)
        #expect(diagnostic.message.contains("hs_cod"))
        #expect(diagnostic.hint?.contains("hs_code") == true)
    }

    @Test func fieldTypesComeFromTheSchema() throws {
        #expect(try Self.compile("product.fob_value > 'x'").pack == nil)
        #expect(try Self.compile("product.fob_value > 100.0 && hs.chapter(product.hs_code) == 8").pack != nil)
    }
}
