import ArgumentParser
import Comply
import Foundation

/// The packs of one command, as the command line names them: the schema is
/// `schema/profile.schema.yaml` of the first `--packs` folder that has one, else the
/// bundled `Rules/`'s; the packs are those under each `--packs` path, else the bundled ones;
/// `--pack` and `--domain` select. ``RuleLibrary`` does the loading.
/// Every diagnostic is kept, warnings included; any error means the run must stop with
/// exit status 2.
struct RuleSet {
    let library: RuleLibrary

    /// Nil when the schema itself is broken (its diagnostics say why).
    var schema: ProfileSchema? { library.schema }
    var packs: [CompiledPack] { library.packs }
    var diagnostics: [Comply.Diagnostic] { library.diagnostics }
    /// How many packs were found, broken ones included.
    var packsFound: Int { library.packsFound }
    /// An unknown `--pack` id counts as an error too.
    var hasErrors: Bool { library.hasErrors }

    /// Problems with the options rather than a file: `--pack` naming no pack, with "did
    /// you mean" among every pack that decoded.
    var usageErrors: [String] {
        let known = library.decodedPacks.map(\.id)
        return library.unknownPackIDs.map { id in
            let hint =
                DidYouMean.hint(for: id, among: known) ?? "the packs found are: "
                + known.joined(separator: ", ")
            return "--pack \(id): error: no pack has this id\n  hint: \(hint)"
        }
    }

    /// What to load and keep.
    struct Request {
        /// Pack files or folders; empty means the bundled `Rules/`.
        var paths: [String] = []
        var packIDs: [String] = []
        var domains: [Domain] = []
    }

    /// A failure before any pack could be read (no rules folder, no schema).
    struct SetupError: Error, CustomStringConvertible {
        var description: String
    }

    /// Loads the rules for a command: a failure to find them, every diagnostic and every
    /// usage error go to `output`; a failure to find them exits 2.
    static func loadReporting(_ request: Request, to output: DiagnosticOutput) throws -> RuleSet {
        switch load(request) {
        case .success(let rules):
            output.write(rules.diagnostics)
            rules.usageErrors.forEach(output.write)
            return rules
        case .failure(let error):
            output.write(error.description)
            throw ExitCode(2)
        }
    }

    static func load(
        _ request: Request, locator: RulesLocator = RulesLocator()
    ) -> Result<RuleSet, SetupError> {
        var paths = request.paths
        let bundled = locator.locate()
        if paths.isEmpty {
            switch bundled {
            case .success(let rules): paths = [rules]
            case .failure(let error): return .failure(SetupError(description: error.description))
            }
        }
        let ownSchema = paths.lazy.map { ($0 as NSString).appendingPathComponent(RulesLocator.schemaPath) }
            .first { FileManager.default.fileExists(atPath: $0) }
        let schemaFile: String
        if let ownSchema {
            schemaFile = ownSchema
        } else if case .success(let rules) = bundled {
            schemaFile = (rules as NSString).appendingPathComponent(RulesLocator.schemaPath)
        } else {
            return .failure(
                SetupError(
                    description:
                        "error: no profile schema: neither \(paths.joined(separator: ", ")) nor a bundled Rules/ "
                        + "folder has \(RulesLocator.schemaPath)\n"
                        + "  hint: run comply from the package folder, or set COMPLY_RULES=/path/to/Rules"))
        }

        let library = RuleLibrary.load(
            schemaFile: schemaFile, paths: paths,
            selection: RuleLibrary.Selection(packIDs: request.packIDs, domains: request.domains))
        return .success(RuleSet(library: library))
    }
}
