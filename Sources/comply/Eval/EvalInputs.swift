import CEL
import Comply
import YAML

/// The variables of one `comply eval`: the input file's top-level keys, then each
/// `--var name=VALUE` (overriding a key of the same name), then the roots of
/// `--unknown` paths that neither defines (declared `dyn`, so the expression checks).
struct EvalInputs {
    var variables = InputVariables()
    var unknownRoots: [String] = []

    /// A located problem with an input; `comply eval` prints it and exits with 2.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    init(inputFile: String?, assignments: [String], unknownPaths: [String]) throws(Problem) {
        let loader = YAMLLoader()
        if let inputFile {
            do {
                let documents = try loader.load(contentsOfFile: inputFile)
                variables = try InputVariables(documents: documents, file: inputFile)
            } catch let error as YAMLError {
                throw Problem(description: error.description)
            } catch {
                throw Problem(description: "\(error)")
            }
        }
        for assignment in assignments {
            let (name, value) = try Self.assignment(assignment, loader: loader)
            variables.set(name, to: value)
        }
        for path in unknownPaths {
            let root = String(path.prefix { $0 != "." && $0 != "[" })
            guard InputVariables.isIdentifier(root) else {
                throw Problem(
                    description: "--unknown \(path): error: the path must start with a variable name\n"
                        + "  hint: write an attribute path such as product.growing_area_code")
            }
            if !variables.variables.contains(where: { $0.name == root }) && !unknownRoots.contains(root) {
                unknownRoots.append(root)
            }
        }
    }

    /// Reads `name=VALUE`, VALUE being YAML: `3` is an int, `abc` a string, `[1, 2]` a list.
    private static func assignment(_ text: String, loader: YAMLLoader) throws(Problem) -> (String, Value) {
        guard let equals = text.firstIndex(of: "=") else {
            throw Problem(
                description:
                    "--var \(text): error: expected name=VALUE\n  hint: e.g. --var market=CN --var rvc=42.5")
        }
        let name = String(text[..<equals])
        let valueText = String(text[text.index(after: equals)...])
        guard InputVariables.isIdentifier(name) else {
            throw Problem(
                description:
                    "--var \(text): error: \"\(name)\" is not a CEL identifier or is a reserved word\n"
                    + "  hint: use letters, digits and `_`, not starting with a digit")
        }
        let display = "--var \(name)"
        do {
            let documents = try loader.load(valueText, file: display)
            guard let node = documents.first else { return (name, .null) }
            return (name, try ValueDecoding.value(of: node))
        } catch let error as YAMLError {
            throw Problem(description: error.description)
        } catch {
            throw Problem(description: "\(error)")
        }
    }

    func declare(in environment: inout Environment) {
        variables.declare(in: &environment)
        for root in unknownRoots { environment.declare(variable: root, type: .dyn) }
    }
}
