import CEL
import Comply
import Testing

@Suite struct GuardIndexTests {
    @Test func guardSkipsOtherMarketsWithoutEvaluating() throws {
        // The `when` would fail with an error if evaluated (division by zero): a skipped
        // subject never reaches it.
        let check = """
              - id: cn-only
                title: China only
                for_each: {product: products, export: product.exports}
                when: export.market == "CN" && 1 / export.zero == 1
                require: "true"
            """
        let profile = """
            enterprise: {name: A}
            products: [{name: P, exports: [{market: DE, zero: 0}, {market: FR, zero: 0}, {market: CN, zero: 0}]}]
            """
        let report = try Engine.report(pack: Engine.pack(check), profile: profile)
        #expect(report.results.map(\.status) == [.notApplicable, .notApplicable, .error])
        #expect(report.results[0].explanation == nil)
    }

    @Test func notApplicableResultsCanBeDroppedButAreCounted() throws {
        let check = """
              - id: cn-only
                title: China only
                for_each: {product: products, export: product.exports}
                when: export.market == "CN"
                require: "true"
            """
        let profile = "enterprise: {name: A}\nproducts: [{name: P, exports: [{market: DE}, {market: CN}]}]"
        let report = try Engine.report(
            pack: Engine.pack(check), profile: profile,
            options: EvaluationOptions(includeNotApplicable: false))
        #expect(report.results.map(\.status) == [.pass])
        #expect(report.count(.notApplicable) == 1)
    }

    @Test func guardOnAProfileFieldSkipsTheWholeCheck() throws {
        let check = """
              - id: fdi
                title: FDI only
                for_each: {project: projects}
                when: enterprise.type == "fdi"
                require: project.jobs > 1000
            """
        let report = try Engine.report(
            pack: Engine.pack(check),
            profile: "enterprise: {name: A, type: cooperative}\nprojects: [{jobs: 1}]")
        #expect(report.results.map(\.status) == [.notApplicable])
        #expect(report.results.first?.subject.path == "")
    }
}
