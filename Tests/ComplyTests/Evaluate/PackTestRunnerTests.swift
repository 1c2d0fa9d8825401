import CEL
import Comply
import Foundation
import Testing
import YAML

@Suite struct PackTestRunnerTests {
    static let schema = """
        type: object
        properties:
          enterprise:
            type: object
            properties:
              name: {type: string}
              employees: {type: integer}
          products:
            type: array
            items:
              type: object
              properties:
                name: {type: string}
                exports:
                  type: array
                  items:
                    type: object
                    properties:
                      market: {type: string}
        """

    static let pack = """
        pack: test.runner
        version: 1.0.0
        title: Runner
        domain: other
        disclaimer: Guidance only.
        checks:
          - id: big
            title: Big enough
            require: enterprise.employees >= 10
          - id: cn
            title: China
            for_each: {product: products, export: product.exports}
            when: export.market == "CN"
            require: product.name != "Bad"
        tests:
          - name: all met
            profile:
              enterprise: {name: A, employees: 12}
              products: [{name: Good, exports: [{market: CN}, {market: KR}]}]
            as_of: 2026-06-01
            expect: {big: pass, cn: pass, "cn[products[0].exports[1]]": not_applicable}
          - name: all broken
            profile:
              enterprise: {name: A}
              products: [{name: Bad, exports: [{market: KR}]}]
            expect: {big: pass, cn: fail, "cn[products[3].exports[0]]": fail}
        """

    static func run() throws -> [PackTestOutcome] {
        let schemaNode = try #require(try YAMLLoader().load(Self.schema, file: "schema.yaml").first)
        let schema = try SchemaDecoder().decode(schemaNode)
        let decoded = PackDecoder().decode(yaml: Self.pack, file: "runner.pack.yaml")
        let pack = try #require(decoded.usablePack)
        let compiled = try #require(PackCompiler(schema: schema).compile(pack).pack)
        return PackTestRunner(schema: schema, today: try #require(CivilDate("2026-06-01"))).run(compiled)
    }

    @Test func metExpectationsPass() throws {
        let outcomes = try Self.run()
        #expect(outcomes[0].passed, "\(outcomes[0].problems)")
        #expect(outcomes[0].expectations.count == 3)
    }

    @Test func unmetExpectationsAreLocatedAndExplained() throws {
        let outcome = try Self.run()[1]
        #expect(!outcome.passed)
        let problems = outcome.problems
        #expect(problems.count == 3)
        #expect(problems[0].hasPrefix("runner.pack.yaml:"))
        #expect(problems[0].contains("big: expected pass, got unknown for the profile"))
        #expect(problems[0].contains("missing: enterprise.employees"))
        #expect(problems[1].contains("cn: expected fail, but the check applies to no subject"))
        #expect(problems[2].contains("the check has no subject products[3].exports[0]"))
    }

    /// Every test embedded in the bundled packs of this repository passes.
    @Test func bundledPackTestsPass() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let rules = root.appendingPathComponent("Rules").path
        let schemaPath = rules + "/schema/profile.schema.yaml"
        guard FileManager.default.fileExists(atPath: schemaPath) else { return }
        let library = RuleLibrary.load(schemaFile: schemaPath, paths: [rules])
        #expect(!library.hasErrors, "\(library.diagnostics)")
        let schema = try #require(library.schema)
        var count = 0
        let runner = PackTestRunner(schema: schema, today: try #require(CivilDate("2026-06-01")))
        for pack in library.packs {
            for outcome in runner.run(pack) {
                count += 1
                #expect(
                    outcome.passed,
                    "\(pack.id): \(outcome.test.name)\n\(outcome.problems.joined(separator: "\n"))")
            }
        }
        #expect(count > 0)
    }
}
