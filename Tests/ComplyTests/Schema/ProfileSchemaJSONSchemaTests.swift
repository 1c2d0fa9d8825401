import Comply
import Foundation
import Testing

@Suite struct ProfileSchemaJSONSchemaTests {
    private func exported(_ language: String) throws -> [String: Any] {
        let text = try SchemaFixtures.schema().jsonSchema(language: language)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func exportIsJSONSchemaWithClosedObjects() throws {
        let json = try exported("en")
        #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(json["additionalProperties"] as? Bool == false)
        #expect(json["required"] as? [String] == ["enterprise"])
        let definitions = try #require(json["$defs"] as? [String: Any])
        let product = try #require(definitions["Product"] as? [String: Any])
        let properties = try #require(product["properties"] as? [String: Any])
        let hsCode = try #require(properties["hs_code"] as? [String: Any])
        #expect(hsCode["type"] as? String == "string")
        #expect(hsCode["pattern"] as? String == "^([0-9]{2}){2,5}$")
        let exports = try #require(properties["exports"] as? [String: Any])
        #expect((exports["items"] as? [String: Any])?["$ref"] as? String == "#/$defs/Export")
        let rootProperties = try #require(json["properties"] as? [String: Any])
        #expect(rootProperties["$schema"] != nil)
    }

    @Test func exportPicksTheLanguage() throws {
        let english = try exported("en")
        let vietnamese = try exported("vi")
        #expect((english["description"] as? String)?.hasPrefix("An enterprise") == true)
        #expect((vietnamese["description"] as? String)?.hasPrefix("Một doanh nghiệp") == true)
    }
}
