import CEL
import YAML

/// The function plugins an engine offers to packs: a value, so that a host builds its
/// own set (the standard one plus its own) without touching anyone else's.
///
/// ```swift
/// let registry = PluginRegistry.standard          // hs, origin, decimal
/// registry.plugin("hs")?.version                  // 1.0.0
/// ```
public struct PluginRegistry: Sendable {
    /// Plugins by id, in registration order.
    public private(set) var plugins: [any FunctionPlugin]

    public init(_ plugins: [any FunctionPlugin] = []) {
        self.plugins = []
        for plugin in plugins { register(plugin) }
    }

    /// The plugins every pack may use: ``HSPlugin``, ``OriginPlugin``, ``DecimalPlugin``.
    public static var standard: PluginRegistry {
        PluginRegistry([HSPlugin(), OriginPlugin(), DecimalPlugin()])
    }

    /// Adds a plugin, replacing one with the same id.
    public mutating func register(_ plugin: any FunctionPlugin) {
        if let index = plugins.firstIndex(where: { $0.id == plugin.id }) {
            plugins[index] = plugin
        } else {
            plugins.append(plugin)
        }
    }

    public func plugin(_ id: String) -> (any FunctionPlugin)? {
        plugins.first { $0.id == id }
    }

    /// Every plugin's library, for an environment. All plugins are offered to every pack,
    /// so that a pack forgetting to declare one gets a requirement diagnostic rather
    /// than a confusing "undeclared function".
    public var libraries: [Library] { plugins.map(\.library) }

    /// Diagnostics for requirements the registry cannot meet: an unknown plugin (with
    /// "did you mean") or a version outside the required range.
    public func diagnostics(for requirements: [PluginRequirement]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for requirement in requirements {
            guard let plugin = plugin(requirement.id) else {
                let known = plugins.map(\.id)
                let hint =
                    DidYouMean.hint(for: requirement.id, among: known)
                    ?? "the plugins available are \(known.sorted().joined(separator: ", "))"
                found.append(
                    Diagnostic(
                        .error, at: requirement.range,
                        "the pack requires plugin \"\(requirement.id)\", which is not installed",
                        hint: hint))
                continue
            }
            if !requirement.versions.isSatisfied(by: plugin.version) {
                found.append(
                    Diagnostic(
                        .error, at: requirement.range,
                        "the pack requires plugin \"\(requirement.id)\" \(requirement.versions), but version \(plugin.version) is installed",
                        hint:
                            "update the pack's requires.plugins range or install a matching version of the plugin"
                    ))
            }
        }
        return found
    }

    /// Ids of the plugins whose namespace `functionName` lies in (`hs.chapter` → `hs`).
    func pluginID(ofFunction functionName: String) -> String? {
        guard let dot = functionName.firstIndex(of: ".") else { return nil }
        let namespace = String(functionName[..<dot])
        return plugin(namespace) != nil ? namespace : nil
    }
}
