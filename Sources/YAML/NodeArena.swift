/// The finished, immutable table of one load, shared by every `Node` that points into it.
///
/// A loaded document is one arena and a record index: copying a node costs a reference
/// count, an alias is the index of the node it names, and dropping a document frees a few
/// arrays instead of a tree of allocations.
final class NodeArena: Sendable {
    let table: NodeTable

    init(_ table: consuming NodeTable) {
        self.table = table
    }
}
