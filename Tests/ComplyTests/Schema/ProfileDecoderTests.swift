import CEL
import Comply
import Testing
import YAML

@Suite struct ProfileDecoderTests {
    @Test func hsCodeKeepsItsLeadingZeroAndNorwayStaysText() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise: {name: HTX}
            products:
              - name: Mango
                hs_code: 080450
                exports:
                  - market: NO
            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
        let value = try #require(decoded.profile?.value)
        #expect(value[path: "products", 0, "hs_code"]?.stringValue == "080450")
        #expect(value[path: "products", 0, "exports", 0, "market"]?.stringValue == "NO")
    }

    @Test func misspeltFieldIsReportedWithSuggestionAtItsKey() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise:
              name: HTX
            products:
              - name: Mango
                hs_cod: "080450"
            """)
        let diagnostic = try #require(decoded.diagnostics.first)
        #expect(decoded.diagnostics.count == 1)
        #expect(diagnostic.range.description == "p.yaml:5:5")
        #expect(diagnostic.message == "unknown field \"hs_cod\" in products[0]")
        #expect(diagnostic.hint == "did you mean \"hs_code\"?")
        #expect(decoded.profile?.value[path: "products", 0, "hs_cod"] == nil)
    }
}
