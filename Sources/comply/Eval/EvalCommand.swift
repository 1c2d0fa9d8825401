import ArgumentParser
import CEL
import Comply

/// `comply eval 'EXPR'`: the rule author's REPL.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate one CEL expression against a YAML or JSON input and print the result as JSON.",
        discussion: """
            The input file's top-level keys are variables, typed from their values (an int \
            is `int`, a list of strings `list(string)`, a mixed map `map(string, dyn)`). \
            --var name=VALUE reads VALUE as YAML: `--var n=3` is an int, `--var s=abc` a \
            string, `--var xs='[1, 2]'` a list.

            Exit status: 0 with a result (also an unknown one, printed as \
            {"unknown": [paths]}); 1 when evaluation fails (`error: ...` on stderr); 2 \
            when the expression does not compile, or an input or option is bad.
            """
    )

    @Argument(help: "The CEL expression.")
    var expression: String

    @Option(name: .customLong("input"), help: "A YAML or JSON file whose top-level keys become variables.")
    var inputFile: String?

    @Option(name: .customLong("var"), help: "A variable, name=VALUE with VALUE in YAML (repeatable).")
    var assignments: [String] = []

    @Option(name: .customLong("unknown"), help: "An attribute path whose value is unknown (repeatable).")
    var unknownPaths: [String] = []

    @Flag(help: "Treat a field missing from a map as unknown rather than an error.")
    var missingAsUnknown = false

    @Flag(help: "After the result, print every sub-expression's value.")
    var trace = false

    @Flag(help: "Print the JSON result on one line.")
    var compact = false

    func run() throws {
        let output = Terminal.standardOutput
        let errors = Terminal.standardError

        let inputs: EvalInputs
        do {
            inputs = try EvalInputs(
                inputFile: inputFile, assignments: assignments, unknownPaths: unknownPaths)
        } catch {
            errors.line(error.description)
            throw ExitCode(2)
        }

        // The plugins packs call (`hs.*`, `origin.*`, `decimal.*`), so that an expression
        // copied from a pack evaluates here as it does there.
        var environment = Environment(libraries: Library.all + PluginRegistry.standard.libraries)
        inputs.declare(in: &environment)
        let ast: AST
        do {
            ast = try environment.compile(Source(expression, description: "<expression>"))
        } catch {
            errors.line(error.description)
            throw ExitCode(2)
        }

        let activation = Activation(
            inputs.variables.values, unknownAttributes: unknownPaths,
            missingFieldsAreUnknown: missingAsUnknown)
        let evaluation = environment.program(ast).evaluate(activation, trace: trace)

        var status: Int32 = 0
        switch evaluation.value {
        case .error(let error):
            errors.line(errors.styled("error:", .red) + " " + error.message)
            for line in EvalErrorExcerpt(ast: ast, error: error).lines { errors.line(line) }
            status = 1
        default:
            output.line(JSONRendering(pretty: !compact).render(evaluation.value))
        }
        if trace {
            let lines = TraceRendering().render(for: ast, trace: evaluation.trace) {
                output.styled($0, .cyan)
            }
            for line in lines { output.line(line) }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
