import CEL
import Comply
import Testing
import YAML

@Suite struct ExampleProfilesTests {
    static let examples = [
        "yen-chau-mango-coop.yaml",
        "moc-chau-dairy.yaml",
        "fdi-hightech-farm.yaml",
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

    @Test func dairyBillOfMaterialsGivesTheRegionalValueContent() throws {
        let loader = ProfileLoader(schema: try SchemaFixtures.schema())
        let decoded = loader.load(
            contentsOfFile: SchemaFixtures.path("Examples/profiles/moc-chau-dairy.yaml"))
        let product = try #require(decoded.profile?.value[path: "products", 1])
        guard case .double(let fob)? = product[path: "fob_value"],
            case .list(let materials)? = product[path: "bill_of_materials"]
        else {
            Issue.record("fob_value should be a double and bill_of_materials a list")
            return
        }
        var nonOriginating = 0.0
        for material in materials {
            if case .bool(false)? = material[path: "originating"],
                case .double(let value)? = material[path: "value"]
            {
                nonOriginating += value
            }
        }
        let rvc = (fob - nonOriginating) / fob * 100
        #expect(abs(rvc - 46.1) < 0.05)
        #expect(product[path: "exports", 0, "proof_of_origin", "form"]?.stringValue == "D")
        #expect(product[path: "exports", 0, "fta"]?.stringValue == "ATIGA")
    }

    @Test func investmentProjectFactsHaveTheirSchemaTypes() throws {
        let loader = ProfileLoader(schema: try SchemaFixtures.schema())
        let decoded = loader.load(
            contentsOfFile: SchemaFixtures.path("Examples/profiles/fdi-hightech-farm.yaml"))
        let profile = try #require(decoded.profile)
        guard case .list(let products)? = profile.value[path: "products"] else {
            Issue.record("products should be a known empty list")
            return
        }
        #expect(products.isEmpty)
        let project = try #require(profile.value[path: "projects", 0])
        guard case .int(let jobs)? = project[path: "jobs"],
            case .double(let capital)? = project[path: "capital_vnd"],
            case .double(let area)? = project[path: "area_hectares"],
            case .timestamp(let start)? = project[path: "start_date"]
        else {
            Issue.record(
                "jobs, capital_vnd, area_hectares and start_date should be int, double, double, timestamp")
            return
        }
        #expect(jobs == 240)
        #expect(capital == 460_000_000_000)
        #expect(area == 52.5)
        #expect(start.seconds == 1_759_276_800)  // 2025-10-01T00:00:00Z
        #expect(project[path: "technology", "high_tech_certificate"] == nil)
        #expect(
            project[path: "technology", "high_tech"].map { if case .bool(true) = $0 { true } else { false } }
                == true)
    }
}
