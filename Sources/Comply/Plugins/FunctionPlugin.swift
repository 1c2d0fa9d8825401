import CEL

/// A Swift type that adds typed CEL functions to the engine, under its own namespace
/// (`hs.chapter`, `origin.rvc`). Packs name the plugins they need in
/// `requires: {plugins: {hs: ">=1"}}`, and the compiler refuses a pack whose plugin is
/// missing or of the wrong version.
///
/// ```swift
/// struct TeaPlugin: FunctionPlugin {
///     let id = "tea"
///     let version = SemanticVersion(major: 1, minor: 0, patch: 0)
///     var library: Library { Library(name: "tea", functions: [ /* tea.grade(...) */ ]) }
/// }
/// var plugins = PluginRegistry.standard
/// plugins.register(TeaPlugin())
/// ```
///
/// Implementations must be pure and must never trap: a bad argument is a
/// `.error(EvalError(...))` value, which makes the check `error`, never `pass`.
public protocol FunctionPlugin: Sendable {
    /// The namespace of the plugin's functions and the key packs require it by.
    var id: String { get }
    var version: SemanticVersion { get }
    /// One line on what the plugin is for, shown by `comply packs`.
    var summary: String { get }
    /// The functions, with their typed overloads.
    var library: Library { get }
}

extension FunctionPlugin {
    public var summary: String { "" }
}
