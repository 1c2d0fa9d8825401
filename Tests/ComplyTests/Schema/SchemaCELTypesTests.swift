import CEL
import Comply
import Testing

@Suite struct SchemaCELTypesTests {
    @Test func variablesUseMapsForObjects() throws {
        let types = SchemaCELTypes(schema: try SchemaFixtures.schema())
        #expect(types.variables["enterprise"] == .map(.string, .dyn))
        #expect(types.variables["products"] == .list(.map(.string, .dyn)))
        #expect(types.variables["projects"] == .list(.map(.string, .dyn)))
        #expect(types.variables.count == 3)
    }

    @Test func objectVariablesNameTheirTypes() throws {
        let types = SchemaCELTypes(schema: try SchemaFixtures.schema())
        #expect(types.objectVariables["enterprise"] == .message("comply.Enterprise"))
        #expect(types.objectVariables["products"] == .list(.message("comply.Product")))
        #expect(types.profileObjectType == .message("comply.Profile"))
    }

    @Test func fieldsHaveTheirScalarTypes() throws {
        let types = SchemaCELTypes(schema: try SchemaFixtures.schema())
        let product = try #require(types.objectTypes["comply.Product"])
        #expect(product["hs_code"] == .string)
        #expect(product["fob_value"] == .double)
        #expect(product["wholly_obtained"] == .bool)
        #expect(product["growing_area_codes"] == .list(.string))
        #expect(product["exports"] == .list(.message("comply.Export")))
        #expect(product["currency"] == .string)
        let export = try #require(types.objectTypes["comply.Export"])
        #expect(export["shipment_date"] == .timestamp)
        #expect(export["fta"] == .string)
        #expect(export["transit_countries"] == .list(.string))
        #expect(export["proof_of_origin"] == .message("comply.ProofOfOrigin"))
        #expect(types.objectTypes["comply.Enterprise"]?["employees"] == .int)
        #expect(types.objectTypes["comply.ResidueTest"]?["mg_per_kg"] == .double)
        #expect(types.objectTypes["comply.Project"]?["technology"] == .message("comply.Technology"))
    }

    @Test func everyObjectTypeIsListed() throws {
        let schema = try SchemaFixtures.schema()
        let types = SchemaCELTypes(schema: schema)
        var expected = ["comply.Profile"]
        for definition in schema.definitions {
            if case .object = definition.schema.kind { expected.append("comply.\(definition.name)") }
        }
        #expect(types.objectTypes.keys.sorted() == expected.sorted())
        // Every message type a field mentions is itself described.
        for fields in types.objectTypes.values {
            for type in fields.values {
                var inner = type
                while case .list(let element) = inner { inner = element }
                if case .message(let name) = inner { #expect(types.objectTypes[name] != nil, "\(name)") }
            }
        }
    }

    @Test func inlineObjectsAreNamedAfterTheirParent() throws {
        let document = try #require(
            try YAMLLoaderFixture.load(
                """
                properties:
                  farm:
                    type: object
                    properties:
                      gate: {type: object, properties: {code: {type: string}}}
                """))
        let types = SchemaCELTypes(schema: try SchemaDecoder().decode(document))
        #expect(types.objectTypes["comply.ProfileFarm"]?["gate"] == .message("comply.ProfileFarmGate"))
        #expect(types.objectTypes["comply.ProfileFarmGate"]?["code"] == .string)
    }
}
