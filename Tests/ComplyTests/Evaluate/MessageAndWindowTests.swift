import CEL
import Comply
import Testing

@Suite struct MessageAndWindowTests {
    static let check = """
          - id: value
            title: {en: Consignment value, vi: Trị giá lô hàng}
            for_each: {product: products, export: product.exports}
            require: export.value < 1000000
            message:
              fail:
                en: "{{ product.name }}: {{ export.value | money:USD }} ({{ export.value | number }}) shipped {{ export.shipment_date | date }}, share {{ 12.5 | percent }}"
                vi: "{{ product.name }}: {{ export.value | money:USD }} ({{ export.value | number }}) giao ngày {{ export.shipment_date | date }}, tỉ lệ {{ 12.5 | percent }}"
        """

    static let profile = """
        enterprise: {name: A}
        products:
          - name: Tea
            exports: [{market: JP, value: 1234567.5, shipment_date: "2026-06-01"}]
        """

    @Test func englishFormatting() throws {
        let report = try Engine.report(pack: Engine.pack(Self.check), profile: Self.profile)
        #expect(
            report.results.first?.message
                == "Tea: 1,234,567.50 USD (1,234,567.5) shipped 1 June 2026, share 12.5 %")
    }

    @Test func vietnameseFormatting() throws {
        let report = try Engine.report(
            pack: Engine.pack(Self.check), profile: Self.profile, options: EvaluationOptions(language: .vi))
        #expect(
            report.results.first?.message
                == "Tea: 1.234.567,50 USD (1.234.567,5) giao ngày 01/06/2026, tỉ lệ 12,5 %")
    }

    @Test func defaultUnknownMessageListsFactsInBothLanguages() throws {
        let check =
            "  - {id: tax, title: {en: Tax code, vi: Mã số thuế}, require: 'enterprise.tax_code != \"\"'}"
        let english = try Engine.report(pack: Engine.pack(check), profile: "enterprise: {name: A}")
        #expect(
            english.results.first?.message
                == "Cannot decide \"Tax code\": the profile does not give enterprise.tax_code.")
        let vietnamese = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A}",
            options: EvaluationOptions(language: .vi))
        #expect(
            vietnamese.results.first?.message
                == "Chưa thể kết luận \"Mã số thuế\": hồ sơ chưa có enterprise.tax_code.")
    }

    @Test func checkEffectiveWindow() throws {
        let check = """
              - id: new-rule
                title: New rule
                effective: {from: 2027-01-01}
                require: "false"
            """
        let before = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A}", asOf: "2026-12-31")
        #expect(before.results.map(\.status) == [.notApplicable])
        #expect(before.verdict == .compliant)
        let after = try Engine.report(
            pack: Engine.pack(check), profile: "enterprise: {name: A}", asOf: "2027-01-01")
        #expect(after.results.map(\.status) == [.fail])
    }

    @Test func packEffectiveWindow() throws {
        let yaml = Engine.pack(
            "  - {id: a, title: A, require: 'false'}", extra: "effective: {to: 2025-12-31}")
        let report = try Engine.report(pack: yaml, profile: "enterprise: {name: A}", asOf: "2026-01-01")
        #expect(report.results.isEmpty)
        #expect(report.packs.first?.inForce == false)
    }

    @Test func tableRowsOutsideTheirWindowAreFiltered() throws {
        let yaml = Engine.pack(
            """
              - id: listed
                title: Listed
                for_each: {product: products}
                require: tables.permitted.exists(r, product.hs_code.startsWith(r.prefix))
            """,
            extra: """
                tables:
                  permitted:
                    columns: {prefix: string, from: date, to: date}
                    effective_columns: {from: from, to: to}
                    rows:
                      - {prefix: "0804", from: 2022-01-01}
                      - {prefix: "0810", from: 2026-07-01}
                """)
        let profile = "enterprise: {name: A}\nproducts: [{name: Durian, hs_code: \"081060\"}]"
        #expect(
            try Engine.report(pack: yaml, profile: profile, asOf: "2026-06-30").results.first?.status == .fail
        )
        #expect(
            try Engine.report(pack: yaml, profile: profile, asOf: "2026-07-01").results.first?.status == .pass
        )
    }
}
