import ArgumentParser
import Comply
import Foundation

/// The packs of one run, compiled against the profile schema they extend: what `check`,
/// `validate` and `test` share.
///
/// Loading goes: the schema (`schema/profile.schema.yaml` of the first `--packs` folder
/// that has one, else the bundled `Rules/`), every pack under each path (a broken pack is
/// reported and the others still load), every loaded pack's schema extension merged into the
/// schema, then the selection (`--pack`, `--domain`) compiled. The extensions of packs left
/// out by the selection still count: a profile written for the whole library must decode
/// whatever subset of it a run checks.
/// Every diagnostic is kept, warnings included; any error means the run must stop with
/// exit status 2.
struct RuleSet {
    /// Nil when the schema itself is broken (its diagnostics say why).
    var schema: ProfileSchema?
    var packs: [CompiledPack]
    /// Every pack that decoded, selected or not (for "did you mean" on `--pack`).
    var decodedPacks: [RulePack]
    var diagnostics: [Comply.Diagnostic]
    /// Problems with the options rather than a file (`--pack` naming no pack).
    var usageErrors: [String] = []
    /// How many packs were found, broken ones included.
    var packsFound: Int

    var hasErrors: Bool { !usageErrors.isEmpty || diagnostics.contains { $0.severity == .error } }

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

        var diagnostics: [Comply.Diagnostic] = []
        var usageErrors: [String] = []
        let base: ProfileSchema
        do {
            base = try SchemaDecoder().decode(contentsOfFile: schemaFile)
        } catch {
            return .success(
                RuleSet(
                    schema: nil, packs: [], decodedPacks: [], diagnostics: error.diagnostics, packsFound: 0))
        }

        let loader = PackLoader()
        var results: [PackDecodingResult] = []
        for path in paths { results += loader.discover(root: path).results }
        let collection = PackCollection(results: results)
        diagnostics += collection.diagnostics
        let decoded = collection.results.compactMap(\.pack)
        for id in request.packIDs where !decoded.contains(where: { $0.id == id }) {
            usageErrors.append(Self.unknownPack(id, among: decoded.map(\.id)))
        }
        let isSelected = { (pack: RulePack) in
            (request.packIDs.isEmpty || request.packIDs.contains(pack.id))
                && (request.domains.isEmpty || request.domains.contains(pack.domain))
        }
        let selected = collection.packs.filter(isSelected)
        // What decoded of a broken pack is still type-checked, so one run reports every problem.
        let broken = collection.results.filter(\.hasErrors).compactMap(\.pack).filter(isSelected)

        // Broken packs' extensions too: a typo in a pack's tests must not also turn every
        // field the pack adds into an "undefined field" error.
        var schema = base
        for pack in decoded {
            guard let node = pack.schemaExtension else { continue }
            do {
                schema = try schema.merging(try SchemaDecoder().decodeExtension(node))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        let compiler = PackCompiler(schema: schema)
        var compiled: [CompiledPack] = []
        for compilation in compiler.compile(selected) {
            diagnostics += compilation.diagnostics
            if let pack = compilation.pack { compiled.append(pack) }
        }
        for compilation in compiler.compile(broken) { diagnostics += compilation.diagnostics }
        return .success(
            RuleSet(
                schema: schema, packs: compiled, decodedPacks: decoded, diagnostics: diagnostics,
                usageErrors: usageErrors, packsFound: results.count))
    }

    private static func unknownPack(_ id: String, among ids: [String]) -> String {
        let hint =
            DidYouMean.hint(for: id, among: ids) ?? "the packs found are: " + ids.joined(separator: ", ")
        return "--pack \(id): error: no pack has this id\n  hint: \(hint)"
    }
}
