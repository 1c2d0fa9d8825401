import CEL
import Testing

@Suite struct UnknownTests {
    static let product = interpreterMap([
        "hs_code": .string("080450"),
        "growing_area_code": .string("VN-SL-001"),
        "exports": .list([interpreterMap(["market": .string("CN"), "value": .double(12.5)])]),
    ])

    func harness(_ patterns: [String]) -> InterpreterHarness {
        InterpreterHarness(
            variables: ["product": Self.product, "market": .string("CN")], unknownAttributes: patterns)
    }

    @Test func markedAttributeIsUnknownWithItsPath() throws {
        let value = try harness(["product.growing_area_code"]).evaluate("product.growing_area_code == 'X'")
        guard case .unknown(let set) = value else {
            Issue.record("expected an unknown, got \(value)")
            return
        }
        #expect(set.attributes == ["product.growing_area_code"])
        #expect(!set.exprIDs.isEmpty)
    }

    @Test func aPrefixPatternMarksEverythingUnderIt() throws {
        #expect(
            try harness(["product"]).evaluate("product.hs_code.startsWith('08')").unknownAttributes == [
                "product.hs_code"
            ])
    }

    @Test func patternsOnSiblingsDoNotMatch() throws {
        let harness = harness(["product.growing_area_code"])
        #expect(try harness.evaluate("product.hs_code.startsWith('08')") == .bool(true))
        #expect(try harness.evaluate("market == 'CN'") == .bool(true))
    }

    @Test func presenceTestOfAMarkedAttributeIsUnknown() throws {
        #expect(
            try harness(["product.growing_area_code"]).evaluate("has(product.growing_area_code)")
                .unknownAttributes == ["product.growing_area_code"])
        #expect(try harness(["product.growing_area_code"]).evaluate("has(product.hs_code)") == .bool(true))
    }

    @Test func indexedPatterns() throws {
        let harness = harness(["product.exports[0].value"])
        #expect(
            try harness.evaluate("product.exports[0].value > 10.0").unknownAttributes == [
                "product.exports[0].value"
            ])
        #expect(try harness.evaluate("product.exports[0].market") == .string("CN"))
        var dynamicIndex = self.harness(["product.exports[0]"])
        dynamicIndex.variables["i"] = .int(0)
        #expect(try dynamicIndex.evaluate("product.exports[i]").unknownAttributes == ["product.exports[0]"])
    }

    @Test func unknownsPropagateThroughFunctionsAndMerge() throws {
        let harness = harness(["product.hs_code", "market"])
        #expect(
            try harness.evaluate("product.hs_code + market").unknownAttributes == [
                "market", "product.hs_code",
            ])
        #expect(try harness.evaluate("size(product.hs_code) > 2").unknownAttributes == ["product.hs_code"])
        #expect(try harness.evaluate("[market, 'x']").unknownAttributes == ["market"])
    }

    @Test func logicAbsorbsUnknowns() throws {
        let harness = harness(["product.growing_area_code"])
        #expect(try harness.evaluate("market == 'US' && product.growing_area_code != null") == .bool(false))
        #expect(try harness.evaluate("product.growing_area_code != null || market == 'CN'") == .bool(true))
    }

    @Test func missingFieldsAreUnknownWhenAsked() throws {
        var harness = InterpreterHarness(variables: ["product": interpreterMap(["hs_code": .string("0804")])])
        #expect(
            try harness.evaluate("product.growing_area_code != null").errorMessage?.contains("no such key")
                == true)
        harness.missingFieldsAreUnknown = true
        #expect(
            try harness.evaluate("product.growing_area_code != null").unknownAttributes == [
                "product.growing_area_code"
            ])
        #expect(try harness.evaluate("has(product.growing_area_code)") == .bool(false))
        #expect(try harness.evaluate("product.hs_code") == .string("0804"))
        #expect(try harness.evaluate("product['missing']").unknownAttributes == ["product[\"missing\"]"])
    }

    /// A field missing on a comprehension variable is named by the element it was read from,
    /// with the fast tree and the traced one alike.
    @Test(arguments: [false, true])
    func aMissingFieldInsideAComprehensionIsNamedByItsElement(traced: Bool) throws {
        let materials = Value.list([
            interpreterMap(["material": .string("fabric"), "origin_country": .string("KR")]),
            interpreterMap(["material": .string("thread")]),
        ])
        var harness = InterpreterHarness(variables: [
            "product": interpreterMap(["bill_of_materials": materials]),
            "table": interpreterMap(["a": interpreterMap([:]), "b": interpreterMap(["x": .int(1)])]),
        ])
        harness.missingFieldsAreUnknown = true
        func unknowns(_ text: String) throws -> [String]? {
            traced
                ? try harness.trace(text).value.unknownAttributes
                : try harness.evaluate(text).unknownAttributes
        }
        let element = "product.bill_of_materials[1].origin_country"
        #expect(try unknowns("product.bill_of_materials.exists(m, m.origin_country == 'VN')") == [element])
        #expect(try unknowns("product.bill_of_materials.map(m, m.origin_country)") == [element])
        #expect(try unknowns("product.bill_of_materials.all(i, m, m.origin_country == 'KR')") == [element])
        #expect(
            try unknowns("[product].exists(p, p.bill_of_materials.exists(m, m.origin_country == 'VN'))")
                == ["p.bill_of_materials[1].origin_country"])
        #expect(try unknowns("table.all(k, v, v.x == 1)") == ["table[\"a\"].x"])
        // A computed range has no path of its own: the variable's name stands in.
        #expect(
            try unknowns("product.bill_of_materials.filter(m, true).exists(m, m.origin_country == 'VN')")
                == ["m.origin_country"])
    }
}
