/// One node of a `NodeTable`: its shape, where it was written, and where its content is.
///
/// A scalar's content is `count` bytes of `NodeTable.text` from `first`; a collection's is
/// `count` entries of `NodeTable.links` from `first` (a mapping's keys and values
/// alternate). Fixed-size and free of references, so a load appends records to one array
/// instead of allocating a node at a time.
struct NodeRecord: Sendable {
    enum Shape: UInt8, Sendable {
        case scalar
        case sequence
        case mapping
    }

    var shape: Shape
    /// The scalar's style; `.plain` for collections.
    var style: ScalarStyle
    /// Index in `NodeTable.files`.
    var file: Int32
    /// Index in `NodeTable.properties`, or -1 for a node without tag or anchor.
    var properties: Int32
    var start: Mark
    var end: Mark
    var first: Int32
    var count: Int32
}

/// A node's tag and anchor, rare enough to be kept apart from the records.
struct NodeProperties: Sendable {
    var tag: String?
    var anchor: String?
}
