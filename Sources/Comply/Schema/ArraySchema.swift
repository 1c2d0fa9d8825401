/// An array schema: the schema of every item, and how many items at least.
public struct ArraySchema: Sendable, Hashable {
    public var items: SchemaNode
    public var minItems: Int?

    public init(items: SchemaNode, minItems: Int? = nil) {
        self.items = items
        self.minItems = minItems
    }
}
