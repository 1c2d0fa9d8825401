import ArgumentParser

@main
struct ComplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "comply", abstract: "Policy rules and compliance checker.")
}
