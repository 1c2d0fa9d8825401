import YAML

/// A function plugin a pack needs, with the versions it works with:
/// `requires: {plugins: {hs: ">=1"}}`.
public struct PluginRequirement: Sendable, Hashable {
    /// The plugin id, which is also the namespace of its functions (`hs.chapter`).
    public var id: String
    public var versions: VersionRequirement
    public var range: SourceRange

    public init(id: String, versions: VersionRequirement, range: SourceRange = .generated) {
        self.id = id
        self.versions = versions
        self.range = range
    }
}
