/// The entries of a mapping node, in document order (merged entries where their `<<` was).
public struct MappingEntries: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    let arena: NodeArena
    /// The first key in the arena's links; each entry is a key and its value.
    let first: Int32
    public let count: Int

    init(arena: NodeArena, first: Int32, count: Int) {
        self.arena = arena
        self.first = first
        self.count = count
    }

    /// Entries made from key and value nodes, which are copied, for
    /// `Node(kind: .mapping(...), range:)`.
    public init(_ entries: [MappingEntry]) {
        var table = NodeTable()
        // Copying a collection appends its own children to the links, so the entries' run
        // of links starts only after every copy.
        var copies: [Int32] = []
        for entry in entries {
            copies.append(table.copy(entry.key.index, from: entry.key.arena.table))
            copies.append(table.copy(entry.value.index, from: entry.value.arena.table))
        }
        let first = Int32(table.links.count)
        table.links.append(contentsOf: copies)
        self.init(arena: NodeArena(table), first: first, count: entries.count)
    }

    public init(arrayLiteral entries: MappingEntry...) {
        self.init(entries)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> MappingEntry {
        precondition(position >= 0 && position < count, "mapping entry index out of range")
        let key = Int(first) + 2 * position
        return MappingEntry(
            key: Node(arena: arena, index: arena.table.links[key]),
            value: Node(arena: arena, index: arena.table.links[key + 1]))
    }

    public static func == (lhs: MappingEntries, rhs: MappingEntries) -> Bool {
        lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for entry in self { hasher.combine(entry) }
    }
}
