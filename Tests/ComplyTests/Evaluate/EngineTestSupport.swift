import CEL
import Comply
import Testing
import YAML

/// Small packs and profiles written inline, compiled and evaluated the way `comply check`
/// does, for the engine's tests.
enum Engine {
    /// The profile's top-level fields as the schema types them (objects as maps).
    static let profileVariables: [String: CELType] = [
        "enterprise": .map(.string, .dyn),
        "products": .list(.map(.string, .dyn)),
        "projects": .list(.map(.string, .dyn)),
    ]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func decode(_ yaml: String, file: String = "test.pack.yaml") throws -> RulePack {
        let decoded = PackDecoder().decode(yaml: yaml, file: file)
        guard let pack = decoded.usablePack else {
            throw Failure(description: decoded.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return pack
    }

    static func compilation(_ yaml: String, file: String = "test.pack.yaml") throws -> PackCompilation {
        PackCompiler(profileVariables: profileVariables).compile(try decode(yaml, file: file))
    }

    static func compile(_ yaml: String, file: String = "test.pack.yaml") throws -> CompiledPack {
        let result = try compilation(yaml, file: file)
        guard let pack = result.pack else {
            throw Failure(description: result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return pack
    }

    static func profile(_ yaml: String) throws -> Profile {
        let nodes = try YAMLLoader().load(yaml, file: "profile.yaml")
        let node = try #require(nodes.first)
        return Profile(file: "profile.yaml", value: try ValueDecoding.value(of: node))
    }

    static func report(
        pack yaml: String, profile: String, asOf: String = "2026-06-01",
        options: EvaluationOptions = EvaluationOptions()
    ) throws -> ProfileReport {
        let pack = try compile(yaml)
        let day = try #require(CivilDate(asOf))
        return Evaluator(options: options).evaluate(
            profile: try Engine.profile(profile), packs: [pack], asOf: day)
    }

    /// A pack around `checks`, with the metadata every pack needs.
    static func pack(_ checks: String, extra: String = "") -> String {
        """
        pack: test.pack
        version: 1.0.0
        title: Test pack
        domain: sps
        disclaimer: Guidance only.
        requires: {plugins: {hs: ">=1", origin: ">=1", decimal: ">=1"}}
        sources:
          law: {title: "The Law", url: "https://example.org/law"}
        \(extra)
        checks:
        \(checks)
        """
    }
}
