import ArgumentParser

@main
struct ComplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comply",
        abstract: "Policy rules and compliance checker for trade and investment.",
        subcommands: [
            CheckCommand.self, ScanCommand.self, ValidateCommand.self, TestCommand.self, EvalCommand.self,
            SchemaCommand.self,
        ]
    )

    /// Runs the command, mapping usage errors to exit status 2 (Comply's "bad usage or
    /// bad input"), where ArgumentParser would use 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                Terminal.standardError.write(message.hasSuffix("\n") ? message : message + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
