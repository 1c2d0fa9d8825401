/// The path of an attribute an expression reads: a variable and the fields and
/// indexes selected from it, `product.exports[0].value`. Unknown patterns
/// (`Activation.unknownAttributes`) are attribute paths too, and a pattern marks
/// every path it is a prefix of.
struct AttributePath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        /// `.name`, or the leading variable name.
        case field(String)
        /// `[key]`: a list index or a map key.
        case index(MapKey)

        /// `.k` and `["k"]` read the same map entry, as `1` and `1u` read the same index.
        func matches(_ other: Component) -> Bool {
            switch (self, other) {
            case (.field(let a), .field(let b)): return a == b
            case (.field(let a), .index(.string(let b))), (.index(.string(let b)), .field(let a)):
                return a == b
            case (.index(let a), .index(let b)): return a == b
            default: return false
            }
        }
    }

    var components: [Component]

    init(_ components: [Component]) {
        self.components = components
    }

    /// Parses a pattern such as `a.b[0]["k"]`; `nil` when it is not one.
    init?(parsing text: String) {
        var components: [Component] = []
        var scalars = Substring(text).unicodeScalars[...]
        var expectName = true
        while let first = scalars.first {
            if first == "[" {
                guard let close = scalars.firstIndex(of: "]") else { return nil }
                let inner = String(
                    String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                guard let key = Self.parseKey(inner) else { return nil }
                components.append(.index(key))
                scalars = scalars[scalars.index(after: close)...]
                expectName = false
            } else if first == "." {
                scalars = scalars.dropFirst()
                expectName = true
            } else {
                guard expectName else { return nil }
                let end = scalars.firstIndex { $0 == "." || $0 == "[" } ?? scalars.endIndex
                components.append(.field(String(String.UnicodeScalarView(scalars[..<end]))))
                scalars = scalars[end...]
                expectName = false
            }
        }
        guard case .field = components.first else { return nil }
        self.components = components
    }

    private static func parseKey(_ text: String) -> MapKey? {
        let trimmed = text.trimmingSpaces
        if let first = trimmed.first, first == "\"" || first == "'", trimmed.count >= 2, trimmed.last == first
        {
            return .string(String(trimmed.dropFirst().dropLast()))
        }
        if trimmed == "true" { return .bool(true) }
        if trimmed == "false" { return .bool(false) }
        if trimmed.hasSuffix("u"), let value = UInt64(trimmed.dropLast()) { return .uint(value) }
        if let value = Int64(trimmed) { return .int(value) }
        return nil
    }

    /// The root of a path read through a comprehension variable: a name no CEL identifier
    /// can have, which the comprehension replaces by the element's own path
    /// (`product.bill_of_materials[2]`) once it knows which element it is on, so that a
    /// missing field inside `exists`/`map`/`filter` is named where it is missing.
    static func slotMarker(_ slot: Int) -> String { slotMarkerPrefix + String(slot) }
    static let slotMarkerPrefix = "$"

    func appending(_ component: Component) -> AttributePath {
        AttributePath(components + [component])
    }

    /// Whether every component of `self` matches the start of `path`.
    func isPrefix(of path: AttributePath) -> Bool {
        guard components.count <= path.components.count else { return false }
        for (mine, theirs) in zip(components, path.components) where !mine.matches(theirs) {
            return false
        }
        return true
    }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .field(let name): text += text.isEmpty ? name : "." + name
            case .index(let key): text += "[" + Self.render(key) + "]"
            }
        }
        return text
    }

    private static func render(_ key: MapKey) -> String {
        switch key {
        case .int(let value): return String(value)
        case .uint(let value): return "\(value)u"
        case .bool(let value): return value ? "true" : "false"
        case .string(let value): return "\"" + value + "\""
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        var text = self[...]
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
