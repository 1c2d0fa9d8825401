/// A YAML node with the place it was written.
///
/// Nodes are values: a sequence holds its items and a mapping its entries in document order,
/// so an alias is a cheap copy of the anchored node (arrays are shared until mutated).
///
/// ```swift
/// let doc = try YAMLLoader().load("name: Moc Chau dairy\ncode: 040120\n", file: "p.yaml")[0]
/// doc["code"]?.scalar?.text          // "040120" (a decoder that knows HS codes reads this)
/// doc["code"]?.resolvedScalar        // .int(40120) under the core schema
/// doc["code"]?.range.description     // "p.yaml:2:7"
/// ```
public struct Node: Hashable, Sendable {
    /// The three kinds of YAML node. Aliases are resolved by the loader, so they never
    /// appear here.
    public enum Kind: Hashable, Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([MappingEntry])
    }

    public var kind: Kind
    public var range: SourceRange
    /// Tag and anchor, rare enough to live behind one reference so that nodes stay small.
    var properties: Properties?

    // The public initializer lives in an extension so that this struct keeps its
    // memberwise initializer, which the loader uses: with a hand-written initializer the
    // optimizer builds the node on the stack, then copies and destroys it on its way to the
    // caller (a retain and a release of every reference in it).

    final class Properties: Hashable, Sendable {
        let tag: String?
        let anchor: String?

        private init(tag: String?, anchor: String?) {
            self.tag = tag
            self.anchor = anchor
        }

        static func make(tag: String?, anchor: String?) -> Properties? {
            tag == nil && anchor == nil ? nil : Properties(tag: tag, anchor: anchor)
        }

        static func == (lhs: Properties, rhs: Properties) -> Bool {
            lhs.tag == rhs.tag && lhs.anchor == rhs.anchor
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(tag)
            hasher.combine(anchor)
        }
    }
}

extension Node {
    public init(kind: Kind, range: SourceRange, tag: String? = nil, anchor: String? = nil) {
        self.init(kind: kind, range: range, properties: Properties.make(tag: tag, anchor: anchor))
    }

    /// The resolved tag as libyaml reports it (`!!str` becomes `tag:yaml.org,2002:str`),
    /// or nil when the node carries no explicit tag.
    public var tag: String? {
        get { properties?.tag }
        set { properties = Properties.make(tag: newValue, anchor: anchor) }
    }

    /// The anchor (`&name`) defined on this node, if any. A node reached through an alias
    /// keeps the anchor and the range of the node it copies.
    public var anchor: String? {
        get { properties?.anchor }
        set { properties = Properties.make(tag: tag, anchor: newValue) }
    }
}
