/// A check's `require` tree with every leaf compiled. Mirrors ``Condition``; each node keeps
/// its path from the root so results can name it.
public indirect enum CompiledCondition: Sendable {
    case expression(CompiledExpression, label: LocalizedText?, path: Condition.Path)
    case all([CompiledCondition], label: LocalizedText?, path: Condition.Path)
    case any([CompiledCondition], label: LocalizedText?, path: Condition.Path)
    case not(CompiledCondition, label: LocalizedText?, path: Condition.Path)

    public var label: LocalizedText? {
        switch self {
        case .expression(_, let label, _), .all(_, let label, _), .any(_, let label, _),
            .not(_, let label, _):
            return label
        }
    }

    public var path: Condition.Path {
        switch self {
        case .expression(_, _, let path), .all(_, _, let path), .any(_, _, let path), .not(_, _, let path):
            return path
        }
    }

    /// Every compiled leaf, in document order.
    public var leaves: [CompiledExpression] {
        switch self {
        case .expression(let expression, _, _): return [expression]
        case .all(let items, _, _), .any(let items, _, _): return items.flatMap(\.leaves)
        case .not(let item, _, _): return item.leaves
        }
    }
}
