import CEL
import Comply
import Testing
import YAML

private func extensionSchema(_ yaml: String) throws -> ProfileSchema {
    let node = try #require(try YAMLLoaderFixture.load(yaml, file: "pack.yaml"))
    return try SchemaDecoder().decodeExtension(node)
}

private func mergeErrors(_ yaml: String) throws -> [Comply.Diagnostic] {
    do {
        _ = try SchemaFixtures.schema().merging(try extensionSchema(yaml))
        return []
    } catch let error as DiagnosticError {
        return error.diagnostics
    }
}

@Suite struct ProfileSchemaMergingTests {
    @Test func packAddsAFieldThatProfilesMayThenUse() throws {
        let merged = try SchemaFixtures.schema().merging(
            try extensionSchema(
                """
                $defs:
                  Product:
                    properties:
                      gacc_listing_date: {type: string, format: date, description: {en: Listed by GACC., vi: Ngày GACC công bố.}}
                """))
        let decoded = ProfileLoader(schema: merged).load(
            text: "enterprise: {name: HTX}\nproducts: [{name: Mango, gacc_listing_date: 2025-01-10}]\n",
            file: "p.yaml")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
        #expect(
            SchemaCELTypes(schema: merged).objectTypes["comply.Product"]?["gacc_listing_date"] == .timestamp)
        // The base schema is a value: unchanged, it still refuses the field.
        let base = try SchemaFixtures.decode(
            "enterprise: {name: HTX}\nproducts: [{name: Mango, gacc_listing_date: 2025-01-10}]\n")
        #expect(base.diagnostics.map(\.message) == ["unknown field \"gacc_listing_date\" in products[0]"])
    }

    @Test func packAddsEnumValuesAndDefinitions() throws {
        let merged = try SchemaFixtures.schema().merging(
            try extensionSchema(
                """
                properties:
                  customs: {$ref: "#/$defs/CustomsFile"}
                $defs:
                  FTA: {type: string, enum: [VN-IL]}
                  CustomsFile:
                    type: object
                    properties: {declaration_number: {type: string}}
                """))
        let decoded = ProfileLoader(schema: merged).load(
            text: """
                enterprise: {name: HTX}
                customs: {declaration_number: "105512345678"}
                products: [{name: Mango, exports: [{market: IL, fta: VN-IL}, {market: CN, fta: ACFTA}]}]
                """, file: "p.yaml")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
        #expect(SchemaCELTypes(schema: merged).variables["customs"] == .map(.string, .dyn))
    }

    @Test func packCannotChangeAFieldsType() throws {
        let errors = try mergeErrors(
            """
            $defs:
              Product:
                properties:
                  hs_code: {type: integer}
            """)
        #expect(errors.count == 1)
        #expect(
            errors.first?.message
                == "Product.hs_code is already defined as a string; an extension cannot change it to an integer"
        )
        #expect(errors.first?.range.description == "pack.yaml:4:16")
    }

    @Test func repeatingAnIdenticalFieldIsAccepted() throws {
        #expect(
            try mergeErrors("$defs:\n  Export:\n    properties:\n      importer: {type: string}\n").isEmpty)
    }

    @Test func packCannotRequireFieldsOrReferToNothing() throws {
        let node = try #require(
            try YAMLLoaderFixture.load("$defs:\n  Product:\n    required: [hs_code]\n    properties: {}\n"))
        #expect(throws: DiagnosticError.self) { try SchemaDecoder().decodeExtension(node) }
        let topLevel = try #require(
            try YAMLLoaderFixture.load("required: [customs]\nproperties: {customs: {type: string}}\n"))
        do {
            _ = try SchemaDecoder().decodeExtension(topLevel)
            Issue.record("an extension with `required` should be refused")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == ["a pack's schema extension cannot make fields required"])
        }
        let errors = try mergeErrors(
            "$defs:\n  Product:\n    properties:\n      lab: {$ref: \"#/$defs/Labb\"}\n")
        #expect(errors.map(\.message) == ["reference to undefined definition \"Labb\""])
    }
}
