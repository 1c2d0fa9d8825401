import Foundation
import Testing

/// `comply schema`: the profile schema, with the packs' fields, as JSON Schema for editors.
@Suite struct SchemaCommandTests {
    let comply: ComplyBinary
    let files: TemporaryFiles

    init() throws {
        comply = try ComplyBinary()
        files = try TemporaryFiles()
    }

    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func theSchemaHasTheFieldsThePacksAdd() throws {
        let run = try comply.run(["schema"])
        #expect(run.status == 0, "\(run.stderr)")
        let schema = try object(Data(run.stdout.utf8))
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let product = try #require(
            (definitions["Product"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(product["hs_code"] != nil)
        #expect(product["rcep_annex_3a_rule_met"] != nil, "added by the RCEP pack")
    }

    @Test func descriptionsFollowTheLanguageAndTheFileIsWrittenWhole() throws {
        let path = files.directory.appendingPathComponent("profile.schema.json")
        let run = try comply.run(["schema", "--lang", "vi", "--output", path.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let schema = try object(Data(contentsOf: path))
        #expect((schema["description"] as? String)?.hasPrefix("Một doanh nghiệp") == true)

        let usage = try comply.run(["schema", "--lang", "fr"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--lang fr: expected en or vi"))
    }
}
