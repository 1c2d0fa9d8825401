/// A YAML node with the place it was written.
///
/// A node points into the storage of the load that made it: every node of a stream shares
/// one table of fixed-size records, so copying a node costs a reference count, an alias is
/// the node it names, and loading allocates a few arrays rather than one object per node.
/// A sequence's items and a mapping's entries are collections over that storage, in
/// document order.
///
/// ```swift
/// let doc = try YAMLLoader().load("name: Moc Chau dairy\ncode: 040120\n", file: "p.yaml")[0]
/// doc["code"]?.scalar?.text          // "040120" (a decoder that knows HS codes reads this)
/// doc["code"]?.resolvedScalar        // .int(40120) under the core schema
/// doc["code"]?.range.description     // "p.yaml:2:7"
/// ```
///
/// Two nodes are equal when they have the same kind, content, range, tag and anchor,
/// whichever load made them.
public struct Node: Sendable {
    /// The three kinds of YAML node. Aliases are resolved by the loader, so they never
    /// appear here.
    public enum Kind: Hashable, Sendable {
        case scalar(Scalar)
        case sequence(SequenceItems)
        case mapping(MappingEntries)
    }

    let arena: NodeArena
    let index: Int32

    init(arena: NodeArena, index: Int32) {
        self.arena = arena
        self.index = index
    }

    /// A node made from values, for tests and for decoders that synthesize YAML; the
    /// children are copied.
    public init(kind: Kind, range: SourceRange, tag: String? = nil, anchor: String? = nil) {
        var table = NodeTable()
        let index = table.append(kind: kind, range: range, tag: tag, anchor: anchor)
        self.init(arena: NodeArena(table), index: index)
    }

    var record: NodeRecord { arena.table[index] }

    public var kind: Kind {
        let record = self.record
        switch record.shape {
        case .scalar:
            return .scalar(arena.table.scalar(record))
        case .sequence:
            return .sequence(SequenceItems(arena: arena, first: record.first, count: Int(record.count)))
        case .mapping:
            return .mapping(MappingEntries(arena: arena, first: record.first, count: Int(record.count) / 2))
        }
    }

    public var range: SourceRange { arena.table.range(of: record) }

    /// The resolved tag as libyaml reports it (`!!str` becomes `tag:yaml.org,2002:str`),
    /// or nil when the node carries no explicit tag.
    public var tag: String? { arena.table.tag(of: record) }

    /// The anchor (`&name`) defined on this node, if any. A node reached through an alias
    /// keeps the anchor and the range of the node it names.
    public var anchor: String? { arena.table.anchor(of: record) }
}

extension Node: Hashable {
    public static func == (lhs: Node, rhs: Node) -> Bool {
        if lhs.arena === rhs.arena && lhs.index == rhs.index { return true }
        let left = lhs.record
        let right = rhs.record
        guard left.shape == right.shape, left.style == right.style, left.count == right.count,
            left.start == right.start, left.end == right.end,
            lhs.arena.table.files[Int(left.file)] == rhs.arena.table.files[Int(right.file)],
            lhs.tag == rhs.tag, lhs.anchor == rhs.anchor
        else { return false }
        switch left.shape {
        case .scalar:
            return rhs.arena.table.withText(of: right) { lhs.arena.table.text(of: left, equals: $0) }
        case .sequence, .mapping:
            return (0..<Int(left.count)).allSatisfy { position in
                Node(arena: lhs.arena, index: lhs.arena.table.link(left, position))
                    == Node(arena: rhs.arena, index: rhs.arena.table.link(right, position))
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        let record = self.record
        hasher.combine(record.shape)
        hasher.combine(record.style)
        hasher.combine(record.start)
        hasher.combine(record.end)
        hasher.combine(arena.table.files[Int(record.file)])
        hasher.combine(tag)
        hasher.combine(anchor)
        switch record.shape {
        case .scalar:
            arena.table.withText(of: record) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        case .sequence, .mapping:
            hasher.combine(record.count)
            for position in 0..<Int(record.count) {
                Node(arena: arena, index: arena.table.link(record, position)).hash(into: &hasher)
            }
        }
    }
}

extension Node: CustomDebugStringConvertible {
    /// The node in flow style with the place it starts, as test failures show it.
    public var debugDescription: String {
        "\(KeyIdentity.display(arena.table, index)) @ \(range)"
    }
}
