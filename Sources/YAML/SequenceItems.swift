/// The items of a sequence node, in document order.
public struct SequenceItems: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    let arena: NodeArena
    let first: Int32
    public let count: Int

    init(arena: NodeArena, first: Int32, count: Int) {
        self.arena = arena
        self.first = first
        self.count = count
    }

    /// Items made from nodes, which are copied, for `Node(kind: .sequence(...), range:)`.
    public init(_ nodes: [Node]) {
        var table = NodeTable()
        // Copying a collection appends its own children to the links, so the items' run
        // of links starts only after every copy.
        let copies = nodes.map { table.copy($0.index, from: $0.arena.table) }
        let first = Int32(table.links.count)
        table.links.append(contentsOf: copies)
        self.init(arena: NodeArena(table), first: first, count: nodes.count)
    }

    public init(arrayLiteral nodes: Node...) {
        self.init(nodes)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Node {
        precondition(position >= 0 && position < count, "sequence item index out of range")
        return Node(arena: arena, index: arena.table.links[Int(first) + position])
    }

    public static func == (lhs: SequenceItems, rhs: SequenceItems) -> Bool {
        lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for item in self { hasher.combine(item) }
    }
}
