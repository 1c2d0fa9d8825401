import CEL
import Comply
import Testing

@Suite struct EvaluatorTests {
    static let mangoCheck = """
          - id: growing-area
            title: {en: "Growing area registered", vi: "Vùng trồng đã được cấp mã"}
            for_each: {product: products, export: product.exports}
            when: export.market == "CN"
            require:
              all:
                - expr: has(product.growing_area_codes)
                  label: a growing-area code is declared
                - expr: size(product.growing_area_codes) > 0
            cite: [{source: law, article: "Art. 7"}]
            message:
              fail: {en: "{{ product.name }} has no growing-area code.", vi: "{{ product.name }} chưa có mã vùng trồng."}
        """

    static let profile = """
        enterprise: {name: Yen Chau Coop}
        products:
          - name: Mango
            hs_code: "080450"
            growing_area_codes: [VN-SL-001]
            exports: [{market: CN}, {market: KR}]
          - name: Longan
            hs_code: "081090"
            growing_area_codes: []
            exports: [{market: CN}]
          - name: Plum
            hs_code: "080940"
            exports: [{market: CN}]
        """

    @Test func statusesPerSubjectWithPathsAndLabels() throws {
        let report = try Engine.report(pack: Engine.pack(Self.mangoCheck), profile: Self.profile)
        let byPath = Dictionary(uniqueKeysWithValues: report.results.map { ($0.subject.path, $0) })
        #expect(byPath["products[0].exports[0]"]?.status == .pass)
        #expect(byPath["products[0].exports[0]"]?.subject.label == "Mango (080450) → CN")
        #expect(byPath["products[0].exports[1]"]?.status == .notApplicable)
        #expect(byPath["products[1].exports[0]"]?.status == .fail)
        #expect(byPath["products[1].exports[0]"]?.message == "Longan has no growing-area code.")
        let plum = try #require(byPath["products[2].exports[0]"])
        #expect(plum.status == .fail)
        #expect(report.verdict == .nonCompliant)
        #expect(report.count(.pass) == 1)
        #expect(report.count(.fail) == 2)
        #expect(report.count(.notApplicable) == 1)
        #expect(byPath["products[0].exports[0]"]?.citations.first?.url == "https://example.org/law")
    }

    @Test func aMissingFactInsideAComprehensionIsNamedByItsElement() throws {
        let check = """
              - id: korean-fabric
                title: No Korean fabric
                for_each: {product: products}
                require: '!product.bill_of_materials.exists(m, m.origin_country == "KR")'
            """
        let report = try Engine.report(
            pack: Engine.pack(check),
            profile: """
                enterprise: {name: A}
                products:
                  - name: Mango
                  - name: Shirt
                    bill_of_materials: [{material: fabric, origin_country: CN}, {material: thread}]
                """)
        let result = try #require(report.results.first { $0.subject.path == "products[1]" })
        #expect(result.status == .unknown)
        #expect(result.missing == ["products[1].bill_of_materials[1].origin_country"])
    }

    @Test func missingFactIsUnknownWithProfilePath() throws {
        let check = """
              - id: code
                title: Growing area code
                for_each: {product: products, export: product.exports}
                when: export.market == "CN"
                require: product.growing_area_code != ""
            """
        let report = try Engine.report(
            pack: Engine.pack(check),
            profile: """
                enterprise: {name: A}
                products: [{name: Plum, exports: [{market: KR}, {market: CN}]}]
                """)
        let result = try #require(report.results.first { $0.status != .notApplicable })
        #expect(result.status == .unknown)
        #expect(result.missing == ["products[0].growing_area_code"])
        #expect(result.message.contains("products[0].growing_area_code"))
        #expect(report.verdict == .incomplete)
    }

    @Test func absentTopLevelListIsUnknownButEmptyListHasNoSubjects() throws {
        let check = """
              - id: projects-ok
                title: Projects
                for_each: {project: projects}
                require: project.jobs > 10
            """
        let absent = try Engine.report(pack: Engine.pack(check), profile: "enterprise: {name: A}")
        #expect(absent.results.map(\.status) == [.unknown])
        #expect(absent.results.first?.missing == ["projects"])
        let empty = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A}\nprojects: []")
        #expect(empty.results.isEmpty)
        #expect(empty.verdict == .compliant)
    }

    @Test func unknownInWhenListsMissingFacts() throws {
        let check = """
              - id: fta
                title: FTA
                for_each: {product: products, export: product.exports}
                when: export.fta == "ATIGA"
                require: "true"
            """
        let report = try Engine.report(
            pack: Engine.pack(check),
            profile: "enterprise: {name: A}\nproducts: [{name: P, exports: [{market: LA}]}]")
        #expect(report.results.first?.status == .unknown)
        #expect(report.results.first?.missing == ["products[0].exports[0].fta"])
    }

    @Test func runtimeFaultIsErrorNeverPass() throws {
        let check = """
              - id: ratio
                title: Ratio
                require: 10 / enterprise.employees > 1
            """
        let report = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A, employees: 0}")
        let result = try #require(report.results.first)
        #expect(result.status == .error)
        #expect(result.error?.contains("division by zero") == true)
        #expect(report.verdict == .incomplete)
    }

    @Test func severityDecidesVerdict() throws {
        let check = """
              - id: warn
                title: Warning only
                severity: warning
                require: enterprise.employees > 10
            """
        let report = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A, employees: 3}")
        #expect(report.results.first?.status == .fail)
        #expect(report.verdict == .compliant)
    }

    @Test func explanationHasValuesAndGap() throws {
        let check = """
              - id: rvc
                title: RVC
                for_each: {product: products}
                let: {rvc: "origin.rvc(product.fob_value, product.vnm)"}
                require:
                  expr: rvc >= 40.0
                  label: RVC at least 40 %
                message:
                  fail: {en: "RVC {{ rvc | percent:1 }}", vi: "RVC {{ rvc | percent:1 }}"}
            """
        let report = try Engine.report(
            pack: Engine.pack(check),
            profile: "enterprise: {name: A}\nproducts: [{name: Tea, fob_value: 1000, vnm: 648}]")
        let result = try #require(report.results.first)
        #expect(result.status == .fail)
        #expect(result.message == "RVC 35.2 %")
        let condition = try #require(result.explanation?.condition)
        #expect(condition.outcome == .fail)
        #expect(condition.values.map(\.text) == ["rvc"])
        #expect(condition.values.first?.display == "35.2")
        let gap = try #require(condition.gaps.first)
        #expect(gap.description(in: .en) == "35.2 is 4.8 below the threshold 40")
        #expect(gap.description(in: .vi) == "35,2 thấp hơn ngưỡng 40 là 4,8")
        #expect(result.explanation?.lets.first?.name == "rvc")
    }

    @Test func reversedComparisonGapReadsFromTheValue() throws {
        let check = """
              - id: limit
                title: Residue
                require: 0.5 >= enterprise.residue
            """
        let report = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A, residue: 0.7}")
        let gap = try #require(report.results.first?.explanation?.condition?.gaps.first)
        #expect(gap.description(in: .en) == "0.7 is 0.2 above the limit 0.5")
    }

    @Test func explainOffKeepsStatusesAndMissingFacts() throws {
        let options = EvaluationOptions(explain: false)
        let report = try Engine.report(
            pack: Engine.pack(Self.mangoCheck), profile: Self.profile, options: options)
        #expect(report.results.allSatisfy { $0.explanation == nil })
        #expect(report.count(.fail) == 2)
    }
}
