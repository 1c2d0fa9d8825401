import CEL
import Comply
import Testing
import YAML

private func schemaErrors(_ yaml: String) throws -> [Comply.Diagnostic] {
    let document = try #require(try YAMLLoader().load(yaml, file: "s.yaml").first)
    do {
        _ = try SchemaDecoder().decode(document)
        return []
    } catch {
        return error.diagnostics
    }
}

@Suite struct SchemaDecoderTests {
    @Test func bundledSchemaDecodes() throws {
        let schema = try SchemaFixtures.schema()
        #expect(schema.root.propertyNames == ["enterprise", "products", "projects"])
        #expect(schema.root.required == ["enterprise"])
        #expect(schema.version == "1.0.0")
        let product = try #require(schema.definition(named: "Product"))
        guard case .object(let object) = product.kind,
            case .string(let hsCode)? = object.property(named: "hs_code")?.schema.kind
        else {
            Issue.record("Product should be an object with a string hs_code")
            return
        }
        #expect(hsCode.pattern == "^([0-9]{2}){2,5}$")
        #expect(!object.additionalProperties)
        let description = try #require(object.property(named: "growing_area_codes")?.schema.description)
        #expect(description.text(language: "vi").hasPrefix("Mã số vùng trồng"))
        #expect(description.text(language: "fr") == description.english)
    }

    @Test func referencesResolveToTheirDefinitions() throws {
        let schema = try SchemaFixtures.schema()
        let enterprise = try #require(schema.root.property(named: "enterprise"))
        #expect(enterprise.schema.kind == .reference("Enterprise"))
        guard case .object(let object)? = schema.resolve(enterprise.schema)?.kind else {
            Issue.record("enterprise should resolve to an object")
            return
        }
        #expect(object.name == "Enterprise")
    }

    @Test func minimalSchemaDecodes() throws {
        #expect(
            try schemaErrors(
                """
                type: object
                properties:
                  thing:
                    type: object
                    required: [id]
                    properties: {id: {type: string}, count: {type: integer, minimum: 0}}
                """
            ).isEmpty)
    }

    @Test func unknownKeywordGetsASuggestion() throws {
        let errors = try schemaErrors(
            """
            type: object
            properties:
              code: {type: string, patern: "^[0-9]+$"}
            """)
        #expect(errors.count == 1)
        #expect(errors.first?.message == "unknown schema keyword \"patern\"")
        #expect(errors.first?.hint == "did you mean \"pattern\"?")
        #expect(errors.first?.range.description == "s.yaml:3:24")
    }

    @Test func undefinedReferenceIsReported() throws {
        let errors = try schemaErrors(
            """
            properties:
              product: {$ref: "#/$defs/Prodct"}
            $defs:
              Product: {type: object, properties: {name: {type: string}}}
            """)
        #expect(errors.map(\.message) == ["reference to undefined definition \"Prodct\""])
        #expect(errors.first?.hint == "did you mean \"Product\"?")
    }

    @Test func unknownTypeAndFormatAreReported() throws {
        let errors = try schemaErrors(
            """
            properties:
              a: {type: strng}
              b: {type: string, format: dat}
            """)
        #expect(errors.map(\.message) == ["unknown type \"strng\"", "unsupported format \"dat\""])
        #expect(errors.map(\.hint) == ["did you mean \"string\"?", "did you mean \"date\"?"])
    }

    @Test func keywordsMustFitTheType() throws {
        let errors = try schemaErrors(
            """
            properties:
              a: {type: integer, pattern: "^[0-9]+$"}
            """)
        #expect(errors.first?.message == "\"pattern\" does not apply to a schema of type integer")
        #expect(errors.first?.hint == "\"pattern\" applies to string schemas")
    }

    @Test func badPatternRequiredNamesAndFieldNamesAreReported() throws {
        let errors = try schemaErrors(
            """
            required: [nmae]
            properties:
              name: {type: string, pattern: "[0-9"}
              hs-code: {type: string}
            """)
        let messages = errors.map(\.message)
        #expect(messages.contains { $0.hasPrefix("pattern does not compile") })
        #expect(messages.contains("property name \"hs-code\" is not a CEL identifier"))
        #expect(messages.contains("required field \"nmae\" is not among the properties of Profile"))
    }

    @Test func arrayNeedsItemsAndSchemaNeedsAType() throws {
        let errors = try schemaErrors(
            """
            properties:
              a: {type: array}
              b: {title: B}
            """)
        #expect(errors.map(\.message) == ["an array schema needs `items`", "a schema needs a `type`"])
    }

    @Test func descriptionsAreStringsOrEnglishAndVietnamese() throws {
        let errors = try schemaErrors(
            """
            properties:
              a: {type: string, description: {en: Area, fr: Zone}}
              b: {type: string, description: {vi: Vùng}}
            """)
        #expect(
            errors.map(\.message) == [
                "unknown language \"fr\" in a description", "description needs an English text under `en`",
            ])
    }

    @Test func extensionKeysAreIgnored() throws {
        #expect(try schemaErrors("x-owner: lead\nproperties:\n  a: {type: string, x-ui: wide}\n").isEmpty)
    }

    @Test func unreadableSchemaFileIsAnError() {
        #expect(throws: DiagnosticError.self) {
            try SchemaDecoder().decode(contentsOfFile: "/nonexistent/profile.schema.yaml")
        }
    }
}
