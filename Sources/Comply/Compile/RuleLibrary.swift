/// The rule packs of one run, compiled against the profile schema they extend: what
/// `comply check`, `validate`, `test` and a batch scan share.
///
/// Loading goes: the schema file; every pack under each path (a broken pack is reported
/// and the others still load); every loaded pack's schema extension merged into the
/// schema — those of packs the selection leaves out too, since a profile written for the
/// whole library must decode whatever subset of it a run checks; then the selected packs
/// compiled side by side. Every diagnostic is kept, warnings included.
///
/// ```swift
/// let library = RuleLibrary.load(schemaFile: "Rules/schema/profile.schema.yaml", paths: ["Rules"])
/// guard !library.hasErrors, let schema = library.schema else { … library.diagnostics … }
/// let plan = EvaluationPlan(packs: library.packs, asOf: day)
/// ```
public struct RuleLibrary: Sendable {
    /// Which of the loaded packs to compile: all, or those with these ids or domains.
    public struct Selection: Sendable {
        public var packIDs: [String]
        public var domains: [Domain]

        public init(packIDs: [String] = [], domains: [Domain] = []) {
            self.packIDs = packIDs
            self.domains = domains
        }

        public func contains(_ pack: RulePack) -> Bool {
            (packIDs.isEmpty || packIDs.contains(pack.id))
                && (domains.isEmpty || domains.contains(pack.domain))
        }
    }

    /// The base schema with every pack's extension; nil when the schema file is broken.
    public var schema: ProfileSchema?
    /// The selected packs that compiled, in load order.
    public var packs: [CompiledPack]
    /// Every pack that decoded, selected or not (for "did you mean" on a pack id).
    public var decodedPacks: [RulePack]
    public var diagnostics: [Diagnostic]
    /// Ids the selection names that no loaded pack has.
    public var unknownPackIDs: [String]
    /// How many packs were found, broken ones included.
    public var packsFound: Int

    public var hasErrors: Bool { !unknownPackIDs.isEmpty || diagnostics.contains { $0.severity == .error } }

    public static func load(
        schemaFile: String, paths: [String], selection: Selection = Selection(),
        loader: PackLoader = PackLoader()
    ) -> RuleLibrary {
        let base: ProfileSchema
        do {
            base = try SchemaDecoder().decode(contentsOfFile: schemaFile)
        } catch {
            return RuleLibrary(
                schema: nil, packs: [], decodedPacks: [], diagnostics: error.diagnostics, unknownPackIDs: [],
                packsFound: 0)
        }

        var results: [PackDecodingResult] = []
        for path in paths { results += loader.discover(root: path).results }
        let collection = PackCollection(results: results)
        var diagnostics = collection.diagnostics
        let decoded = collection.results.compactMap(\.pack)
        let unknownIDs = selection.packIDs.filter { id in !decoded.contains { $0.id == id } }
        let selected = collection.packs.filter(selection.contains)
        // What decoded of a broken pack is still type-checked, so one run reports every problem.
        let broken = collection.results.filter(\.hasErrors).compactMap(\.pack).filter(selection.contains)

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
        return RuleLibrary(
            schema: schema, packs: compiled, decodedPacks: decoded, diagnostics: diagnostics,
            unknownPackIDs: unknownIDs, packsFound: results.count)
    }
}
