import Testing
import YAML

@Test func loadsAMappingWithPositions() throws {
    let docs = try YAMLLoader().load("name: Moc Chau\ncode: 080450\ncountry: NO\n", file: "p.yaml")
    #expect(docs.count == 1)
    let doc = try #require(docs.first)
    #expect(doc["name"]?.scalar?.text == "Moc Chau")
    #expect(doc["code"]?.range.description == "p.yaml:2:7")
    #expect(doc["country"]?.resolvedScalar == .string("NO"))
}
