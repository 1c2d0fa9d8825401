/// A decoded pack and everything found wrong with it.
///
/// `pack` is the best that could be decoded: elements with errors are left out, so tools
/// can still report on the rest (the compiler can type-check the checks that decoded). A
/// pack with errors must not be evaluated; ``usablePack`` is nil then.
public struct PackDecodingResult: Sendable {
    public var pack: RulePack?
    public var diagnostics: [Diagnostic]

    public init(pack: RulePack?, diagnostics: [Diagnostic]) {
        self.pack = pack
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The pack when it decoded without errors.
    public var usablePack: RulePack? { hasErrors ? nil : pack }
}
