/// One `key: value` pair of a mapping, kept in document order.
public struct MappingEntry: Hashable, Sendable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}
