import CEL
import Comply
import Testing

@Suite struct OriginPluginTests {
    @Test func rvcExactlyAtThresholdPasses() {
        // (100 − 60) / 100 × 100 is 40 exactly; in doubles 0.4 × 100 is 40.00000000000001
        // and (1 − 0.6) × 100 is 40.00000000000000 only by luck.
        #expect(Plugins.evaluate("origin.rvc(100.0, 60.0) >= 40.0").celEquals(.bool(true)))
        #expect(Plugins.evaluate("origin.rvc(0.3, 0.18) >= 40.0").celEquals(.bool(true)))
        #expect(Plugins.evaluate("origin.rvc(100, 43) == 57.0").celEquals(.bool(true)))
        #expect(Plugins.evaluate("origin.rvc(1000, 648)").celEquals(.double(35.2)))
    }

    @Test func rvcRoundsToSixPlaces() {
        #expect(Plugins.evaluate("origin.rvc(3.0, 1.0)").celEquals(.double(66.666667)))
    }

    @Test func rvcRefusesZeroFOB() {
        #expect(Plugins.isError(Plugins.evaluate("origin.rvc(0.0, 0.0)")))
    }

    @Test func buildUp() {
        #expect(Plugins.evaluate("origin.rvc_build_up(40, 100)").celEquals(.double(40)))
    }

    static let bom: [String: Value] = [
        "bom": .list([
            material(hs: "080450", value: .double(30), originating: true),
            material(hs: "170199", value: .double(12.5), originating: false),
            material(hs: "080450", value: .int(8), originating: nil),
        ])
    ]

    static func material(hs: String, value: Value?, originating: Bool?) -> Value {
        var map = MapValue()
        map[.string("hs_code")] = .string(hs)
        if let value { map[.string("value")] = value }
        if let originating { map[.string("originating")] = .bool(originating) }
        return .map(map)
    }

    @Test func materialValuesCountUndeterminedOriginAsNonOriginating() {
        let types: [String: CELType] = ["bom": .list(.dyn)]
        #expect(
            Plugins.evaluate("origin.non_originating_value(bom)", Self.bom, types: types).celEquals(
                .double(20.5)))
        #expect(
            Plugins.evaluate("origin.originating_value(bom)", Self.bom, types: types).celEquals(.double(30)))
    }

    @Test func tariffShiftAndDeMinimisOverTheBillOfMaterials() {
        let types: [String: CELType] = ["bom": .list(.dyn)]
        // The third material (undetermined, 0804) does not change heading for a 0804 product.
        #expect(
            Plugins.evaluate(#"origin.tariff_shift("080450", bom, "CTH")"#, Self.bom, types: types).celEquals(
                .bool(false)))
        // It is 8 of a FOB of 80: 10 % exactly, so de minimis at 10 % holds.
        #expect(
            Plugins.evaluate(#"origin.de_minimis_share("080450", bom, "CTH", 80.0)"#, Self.bom, types: types)
                .celEquals(.double(10)))
        #expect(
            Plugins.evaluate(
                #"origin.de_minimis_ok("080450", bom, "CTH", 80.0, 10.0)"#, Self.bom, types: types
            )
            .celEquals(.bool(true)))
        #expect(
            Plugins.evaluate(#"origin.de_minimis_ok("080450", bom, "CTH", 79.0, 10)"#, Self.bom, types: types)
                .celEquals(.bool(false)))
    }

    @Test func missingMaterialValueIsUnknownNamingIt() {
        let bom: [String: Value] = [
            "bom": .list([Self.material(hs: "170199", value: nil, originating: false)])
        ]
        let value = Plugins.evaluate("origin.non_originating_value(bom)", bom, types: ["bom": .list(.dyn)])
        guard case .unknown(let set) = value else {
            Issue.record("expected unknown, got \(value)")
            return
        }
        #expect(set.attributes == ["bill_of_materials[0].value"])
    }
}
