import ArgumentParser

@main
struct ConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comply-conformance",
        abstract: "Runs the CEL and YAML conformance suites against Comply's engines.",
        subcommands: [CELCommand.self, YAMLCommand.self]
    )
}
