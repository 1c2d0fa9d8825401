import CEL
import Comply
import Testing

@Suite struct ConditionTreeTests {
    /// A check whose tree combines three facts a profile may give or leave out.
    static func report(_ tree: String, _ enterprise: String) throws -> CheckResult {
        let check = """
              - id: tree
                title: Tree
                require:
            \(tree)
            """
        let report = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A, \(enterprise)}")
        return try #require(report.results.first)
    }

    static let all = """
              all:
                - enterprise.a
                - enterprise.b
        """
    static let any = """
              any:
                - enterprise.a
                - enterprise.b
        """

    @Test func allIsFalseWhenAnyFailsEvenWithUnknowns() throws {
        #expect(try Self.report(Self.all, "a: false").status == .fail)
        #expect(try Self.report(Self.all, "a: true").status == .unknown)
        #expect(try Self.report(Self.all, "a: true").missing == ["enterprise.b"])
        #expect(try Self.report(Self.all, "a: true, b: true").status == .pass)
    }

    @Test func anyIsTrueWhenAnyPassesEvenWithUnknowns() throws {
        #expect(try Self.report(Self.any, "b: true").status == .pass)
        #expect(try Self.report(Self.any, "a: false").status == .unknown)
        #expect(try Self.report(Self.any, "a: false, b: false").status == .fail)
    }

    @Test func notInvertsAndKeepsUnknown() throws {
        let tree = """
                  not:
                    expr: enterprise.a
                    label: a holds
            """
        #expect(try Self.report(tree, "a: true").status == .fail)
        #expect(try Self.report(tree, "a: false").status == .pass)
        #expect(try Self.report(tree, "b: false").status == .unknown)
    }

    @Test func errorInAllIsErrorUnlessAnotherFails() throws {
        let tree = """
                  all:
                    - 1 / enterprise.zero == 1
                    - enterprise.a
            """
        #expect(try Self.report(tree, "zero: 0, a: true").status == .error)
        #expect(try Self.report(tree, "zero: 0, a: false").status == .fail)
    }

    @Test func explanationTreeCarriesLabelsAndOutcomes() throws {
        let tree = """
                  all:
                    - expr: enterprise.a
                      label: {en: a holds, vi: a đúng}
                    - any: [enterprise.b == true, enterprise.c]
                      label: b or c
            """
        let result = try Self.report(tree, "a: true, b: false, c: true")
        let root = try #require(result.explanation?.condition)
        #expect(root.kind == .all)
        #expect(root.children.map(\.outcome) == [.pass, .pass])
        #expect(root.children[0].label?.text(in: .vi) == "a đúng")
        #expect(root.children[1].children.map(\.path) == [[1, 0], [1, 1]])
        #expect(root.children[1].children[0].values.first?.text == "enterprise.b")
    }
}
