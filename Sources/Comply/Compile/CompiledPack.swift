/// A rule pack compiled once and evaluated against any number of profiles. Immutable
/// and `Sendable`, so that a batch can share it across threads.
///
/// ```swift
/// let compilation = PackCompiler(profileVariables: types).compile(pack)
/// guard let compiled = compilation.pack else { report(compilation.diagnostics); return }
/// let report = Evaluator(packs: [compiled]).evaluate(profile: value, asOf: day)
/// ```
public struct CompiledPack: Sendable {
    /// The pack as decoded: metadata, sources, tables, tests.
    public let pack: RulePack
    public let checks: [CompiledCheck]
    /// The profile's top-level field names the pack was compiled against; a field the
    /// profile lacks is an unknown, so the checks reading it become `unknown`.
    public let profileVariables: Set<String>

    public var id: String { pack.id }
    public var version: SemanticVersion { pack.version }

    init(pack: RulePack, checks: [CompiledCheck], profileVariables: Set<String>) {
        self.pack = pack
        self.checks = checks
        self.profileVariables = profileVariables
    }
}

/// What compiling a pack produced: the compiled pack when there were no errors, and every
/// diagnostic (errors and warnings) at its place in the pack's files.
public struct PackCompilation: Sendable {
    public let pack: CompiledPack?
    public let diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
