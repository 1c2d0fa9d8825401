/// The finished children of every open collection, in document order, on one stack.
///
/// Closing a collection moves its children off the top into one exactly sized array, so
/// a collection costs one allocation however many children it has, instead of the
/// repeated growth of an array per open collection.
final class NodeStack {
    private var base: UnsafeMutablePointer<Node>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ node: consuming Node) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Node>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// The node at `index`, which must be below `count`.
    subscript(index: Int) -> Node {
        // Borrowed, not copied: the duplicate-key scan reads every key of a mapping.
        _read { yield base[index] }
    }

    func popLast() -> Node? {
        guard count > 0 else { return nil }
        count -= 1
        return (base + count).move()
    }

    // The arrays below are reserved and appended to, not made with
    // `Array(unsafeUninitializedCapacity:)`: that initializer reaches an unspecialized
    // allocation in the standard library, which looks the array's storage type up in the
    // runtime's metadata cache for every collection.

    /// Moves the nodes from `start` to the top into a sequence's items.
    func moveItems(from start: Int) -> [Node] {
        let moved = count - start
        guard moved > 0 else { return [] }
        let source = base + start
        count = start
        var items: [Node] = []
        items.reserveCapacity(moved)
        for index in 0..<moved {
            items.append((source + index).move())
        }
        return items
    }

    /// Moves the alternating keys and values from `start` to the top into mapping entries.
    func moveEntries(from start: Int) -> [MappingEntry] {
        let pairs = (count - start) / 2
        guard pairs > 0 else { return [] }
        let source = base + start
        count = start
        var entries: [MappingEntry] = []
        entries.reserveCapacity(pairs)
        for pair in 0..<pairs {
            entries.append(
                MappingEntry(key: (source + 2 * pair).move(), value: (source + 2 * pair + 1).move()))
        }
        return entries
    }
}
