import CEL
import Comply
import Testing
import YAML

@Suite struct ExampleProfilesTests {
    static let examples = [
        "yen-chau-mango-coop.yaml"
    ]

    @Test(arguments: examples) func exampleDecodesWithoutDiagnostics(_ name: String) throws {
        let loader = ProfileLoader(schema: try SchemaFixtures.schema())
        let decoded = loader.load(
            contentsOfFile: SchemaFixtures.path("Examples/profiles/\(name)"), displayName: name)
        #expect(
            decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.description).joined(separator: "\n"))")
        let profile = try #require(decoded.profile)
        #expect(profile.variables["enterprise"] != nil)
        #expect(profile.displayName != name)
    }

    @Test func mangoCooperativeLeavesResidueTestsOut() throws {
        let loader = ProfileLoader(schema: try SchemaFixtures.schema())
        let decoded = loader.load(
            contentsOfFile: SchemaFixtures.path("Examples/profiles/yen-chau-mango-coop.yaml"),
            displayName: "yen-chau-mango-coop.yaml")
        let profile = try #require(decoded.profile)
        #expect(profile.value[path: "products", 0, "hs_code"]?.stringValue == "080450")
        #expect(profile.value[path: "products", 0, "residue_tests"] == nil)
        #expect(profile.value[path: "products", 0, "exports", 0, "fta"]?.stringValue == "ACFTA")
        #expect(
            profile.value[path: "products", 0, "exports", 0, "proof_of_origin", "form"]?.stringValue == "E")
        guard case .list(let materials)? = profile.value[path: "products", 0, "bill_of_materials"] else {
            Issue.record("bill_of_materials should be a known empty list")
            return
        }
        #expect(materials.isEmpty)
        // An absent fact points at the nearest value that was written: the product.
        #expect(profile.range(of: "products[0].residue_tests") == profile.ranges["products[0]"])
    }
}
