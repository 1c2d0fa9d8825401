import CEL
import YAML

/// One decoded enterprise profile: the CEL value rules evaluate, and where each fact was
/// written so that a result can point at the profile line it depends on.
///
/// ```swift
/// let loaded = ProfileLoader(schema: schema).load(contentsOfFile: "Examples/profiles/yen-chau-mango-coop.yaml")
/// if let profile = loaded.profile {
///     profile.displayName                                   // "Hợp tác xã Xoài Yên Châu"
///     profile.range(of: "products[0].hs_code")?.description // "…/yen-chau-mango-coop.yaml:40:15"
///     profile.variables["products"]                         // .list([...])
/// }
/// ```
public struct Profile: Sendable {
    /// The file name diagnostics and reports show.
    public var file: String
    /// The whole profile: a map with the schema's top-level fields that were written.
    public var value: Value
    /// Profile path (`products[0].exports[1].market`) → where its value was written.
    public var ranges: [String: SourceRange]

    public init(file: String, value: Value, ranges: [String: SourceRange] = [:]) {
        self.file = file
        self.value = value
        self.ranges = ranges
    }

    /// The enterprise's name, or the file name when the profile has none.
    public var displayName: String {
        if case .map(let profile) = value, case .map(let enterprise)? = profile[.string("enterprise")],
            case .string(let name)? = enterprise[.string("name")]
        {
            return name
        }
        return file
    }

    /// The top-level fields as CEL variables (`enterprise`, `products`, `projects`).
    public var variables: [String: Value] {
        guard case .map(let map) = value else { return [:] }
        var variables: [String: Value] = [:]
        for (key, value) in map.entries {
            if case .string(let name) = key { variables[name] = value }
        }
        return variables
    }

    /// Where the value at `path` was written; for an absent fact, the nearest enclosing
    /// value that was (so "products[0].residue_tests is missing" points at the product).
    public func range(of path: String) -> SourceRange? {
        var current = Substring(path)
        while !current.isEmpty {
            if let range = ranges[String(current)] { return range }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = current[..<cut]
        }
        return ranges[""]
    }
}

/// A profile with the problems found while reading it. The profile is nil only when the
/// file could not be read or parsed; otherwise it holds every fact that decoded, and the
/// caller decides whether errors make it unusable.
public struct DecodedProfile: Sendable {
    public var file: String
    public var profile: Profile?
    public var diagnostics: [Diagnostic]

    public init(file: String, profile: Profile?, diagnostics: [Diagnostic]) {
        self.file = file
        self.profile = profile
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { profile == nil || diagnostics.contains { $0.severity == .error } }
}
