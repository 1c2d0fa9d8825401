import CEL
import Comply
import Foundation
import Testing
import YAML

/// The repository's own schema and example profiles (files of this repository, not of
/// the shared work area), found from this file's path.
enum SchemaFixtures {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        repositoryRoot.appendingPathComponent(relative).path
    }

    static let schemaPath = path("Rules/schema/profile.schema.yaml")

    /// Decoded once: the schema is a `Sendable` value shared by every test.
    private static let bundled = Result { () throws(DiagnosticError) -> ProfileSchema in
        try SchemaDecoder().decode(contentsOfFile: schemaPath, displayName: "profile.schema.yaml")
    }

    static func schema() throws -> ProfileSchema {
        try bundled.get()
    }

    /// Decodes an inline profile against the bundled schema.
    static func decode(_ yaml: String, file: String = "p.yaml") throws -> DecodedProfile {
        ProfileLoader(schema: try schema()).load(text: yaml, file: file)
    }
}

extension Value {
    /// The value at a path of string keys and list indexes, for assertions.
    subscript(path components: Any...) -> Value? {
        var current: Value? = self
        for component in components {
            switch (current, component) {
            case (.map(let map)?, let key as String): current = map[.string(key)]
            case (.list(let items)?, let index as Int):
                current = items.indices.contains(index) ? items[index] : nil
            default: return nil
            }
        }
        return current
    }

    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}

enum YAMLLoaderFixture {
    static func load(_ yaml: String, file: String = "s.yaml") throws -> Node? {
        try YAMLLoader().load(yaml, file: file).first
    }
}
