import YAML

/// What a check requires: one CEL expression, or a tree of labelled conditions that reads
/// like the law.
///
/// ```yaml
/// require:
///   all:
///     - expr: has(product.growing_area_code)
///       label: {en: "a growing-area code is declared"}
///     - any:
///         - product.packing_house_code != ""
///         - export.channel == "border-trade"
///       label: a packing house or a border channel
/// ```
///
/// Each node has a stable ``Path`` (the child indices from the root), which evaluation
/// and explanations use to name the node: the root is `[]`, the second item of the root's
/// `all` is `[1]`, and so on.
public indirect enum Condition: Sendable, Hashable {
    case expression(CELExpression, label: LocalizedText?)
    case all([Condition], label: LocalizedText?)
    case any([Condition], label: LocalizedText?)
    case not(Condition, label: LocalizedText?)

    /// Child indices from the root of a condition tree.
    public typealias Path = [Int]

    public var label: LocalizedText? {
        switch self {
        case .expression(_, let label), .all(_, let label), .any(_, let label), .not(_, let label):
            return label
        }
    }

    /// The direct children, in order; empty for an expression.
    public var children: [Condition] {
        switch self {
        case .expression: return []
        case .all(let items, _), .any(let items, _): return items
        case .not(let item, _): return [item]
        }
    }

    /// The node at `path`, or nil when the path leaves the tree.
    public func node(at path: Path) -> Condition? {
        var node = self
        for index in path {
            let children = node.children
            guard children.indices.contains(index) else { return nil }
            node = children[index]
        }
        return node
    }

    /// Every node with its path, parents before children, children in order.
    public var nodes: [(path: Path, condition: Condition)] {
        var result: [(path: Path, condition: Condition)] = []
        func visit(_ node: Condition, _ path: Path) {
            result.append((path, node))
            for (index, child) in node.children.enumerated() { visit(child, path + [index]) }
        }
        visit(self, [])
        return result
    }

    /// Every CEL expression of the tree with its node's path, in document order.
    public var expressions: [(path: Path, expression: CELExpression)] {
        nodes.compactMap { entry in
            if case .expression(let expression, _) = entry.condition { return (entry.path, expression) }
            return nil
        }
    }

    /// Where the node was written: an expression's scalar; for `all`, `any` and `not`, its
    /// first child's (the tree nodes themselves hold nothing that can be wrong).
    public var range: SourceRange {
        switch self {
        case .expression(let expression, _): return expression.range
        default: return children.first?.range ?? label?.range ?? .generated
        }
    }
}
