import ArgumentParser
import Comply
import Foundation

/// `comply schema`: the enterprise-profile schema as JSON Schema, with every field the
/// packs add, so that an editor can check and complete a profile while it is written.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the enterprise-profile schema as JSON Schema, for editors.",
        discussion: """
            The schema is Rules/schema/profile.schema.yaml with the fields every pack adds \
            (or those of --packs), as JSON Schema (draft 2020-12), descriptions in --lang. \
            Point an editor at it with `# yaml-language-server: $schema=profile.schema.json` \
            at the top of a YAML profile, or a "$schema" key in a JSON one.

            Exit status: 0, or 2 when the schema or a pack does not decode.
            """
    )

    @Option(name: .customLong("packs"), help: "A pack file, pack folder or folder of packs (repeatable).")
    var packPaths: [String] = []

    @Option(help: "The language of the descriptions: en or vi.")
    var lang: String = "en"

    @Option(help: "Write the schema to this file (replaced whole) instead of standard output.")
    var output: String?

    func validate() throws {
        guard Language(rawValue: lang) != nil else {
            throw ValidationError("--lang \(lang): expected en or vi")
        }
    }

    func run() throws {
        let rules = try RuleSet.loadReporting(RuleSet.Request(paths: packPaths), to: DiagnosticOutput())
        guard !rules.hasErrors, let schema = rules.schema else { throw ExitCode(2) }
        try ReportFile.write(schema.jsonSchema(language: lang), to: output)
    }
}
