/// The packs found under a directory, with every problem found in any of them.
public struct PackCollection: Sendable {
    /// One result per pack found, in discovery order.
    public var results: [PackDecodingResult]
    /// Problems across packs, such as two packs with the same id.
    public var crossPackDiagnostics: [Diagnostic]

    public init(results: [PackDecodingResult]) {
        self.results = results
        var bag = DiagnosticBag()
        var first: [String: RulePack] = [:]
        for result in results {
            guard let pack = result.pack else { continue }
            if let earlier = first[pack.id] {
                bag.error(
                    pack.range, "the pack id \"\(pack.id)\" is already used by \(earlier.file)",
                    hint: "pack ids must be unique; rename one of them")
            } else {
                first[pack.id] = pack
            }
        }
        crossPackDiagnostics = bag.diagnostics
    }

    /// The packs that decoded without errors (a duplicated id keeps its first pack).
    public var packs: [RulePack] {
        var seen: Set<String> = []
        return results.compactMap(\.usablePack).filter { seen.insert($0.id).inserted }
    }

    /// Every diagnostic of every pack, then the cross-pack ones.
    public var diagnostics: [Diagnostic] {
        results.flatMap(\.diagnostics) + crossPackDiagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
