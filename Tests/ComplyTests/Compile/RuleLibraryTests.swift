import Comply
import Foundation
import Testing

@Suite final class RuleLibraryTests {
    let folder: URL
    let schemaFile: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("schema"), withIntermediateDirectories: true)
        schemaFile = folder.appendingPathComponent("schema/profile.schema.yaml").path
        try """
        type: object
        required: [enterprise]
        properties:
          enterprise: {$ref: "#/$defs/Enterprise"}
        $defs:
          Enterprise:
            type: object
            required: [name]
            properties:
              name: {type: string}
        """.write(toFile: schemaFile, atomically: true, encoding: .utf8)
        try """
        pack: test.extends
        version: 1.0.0
        title: Extends
        domain: fta
        disclaimer: Guidance only.
        schema:
          $defs:
            Enterprise:
              properties:
                member_number: {type: string}
        checks:
          - id: member
            title: Member number given
            require: 'has(enterprise.member_number)'
        """.write(to: folder.appendingPathComponent("extends.pack.yaml"), atomically: true, encoding: .utf8)
        try """
        pack: test.plain
        version: 1.0.0
        title: Plain
        domain: sps
        disclaimer: Guidance only.
        checks:
          - id: named
            title: Named
            require: 'enterprise.name != ""'
        """.write(to: folder.appendingPathComponent("plain.pack.yaml"), atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func theSelectionCompilesSomePacksButEveryExtensionCounts() throws {
        let library = RuleLibrary.load(
            schemaFile: schemaFile, paths: [folder.path], selection: .init(domains: [.sps]))
        #expect(!library.hasErrors, "\(library.diagnostics)")
        #expect(library.packs.map(\.id) == ["test.plain"])
        #expect(library.decodedPacks.map(\.id).sorted() == ["test.extends", "test.plain"])
        let schema = try #require(library.schema)
        let profile = ProfileLoader(schema: schema).load(
            text: "enterprise: {name: A, member_number: \"7\"}\n", file: "p.yaml")
        #expect(profile.profile != nil, "\(profile.diagnostics)")
    }

    @Test func anUnknownPackIDIsReportedNotIgnored() {
        let library = RuleLibrary.load(
            schemaFile: schemaFile, paths: [folder.path], selection: .init(packIDs: ["test.plan"]))
        #expect(library.unknownPackIDs == ["test.plan"])
        #expect(library.hasErrors)
        #expect(library.packs.isEmpty)
    }

    @Test func aBrokenSchemaLoadsNothing() throws {
        try "type: [".write(toFile: schemaFile, atomically: true, encoding: .utf8)
        let library = RuleLibrary.load(schemaFile: schemaFile, paths: [folder.path])
        #expect(library.schema == nil)
        #expect(library.hasErrors)
        #expect(library.diagnostics.first?.range.file == schemaFile)
    }
}
