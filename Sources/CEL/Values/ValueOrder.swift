/// The outcome of comparing two CEL values.
///
/// `unordered` is IEEE 754's answer for NaN: NaN is neither less than, equal to
/// nor greater than anything, so every relation with it is `false`.
public enum ValueOrder: Sendable, Hashable {
    case less
    case equal
    case greater
    case unordered

    init<T: Comparable>(_ lhs: T, _ rhs: T) {
        if lhs < rhs {
            self = .less
        } else if lhs == rhs {
            self = .equal
        } else if lhs > rhs {
            self = .greater
        } else {
            self = .unordered
        }
    }

    /// Lexicographic order of two sequences, element by element, the shorter first on a tie.
    init<S: Sequence>(lexicographic lhs: S, _ rhs: S) where S.Element: Comparable {
        var left = lhs.makeIterator()
        var right = rhs.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil):
                self = .equal
                return
            case (nil, _):
                self = .less
                return
            case (_, nil):
                self = .greater
                return
            case (let a?, let b?):
                if a < b {
                    self = .less
                    return
                }
                if a > b {
                    self = .greater
                    return
                }
            }
        }
    }
}

/// The four ordering operators of CEL.
public enum Relation: Sendable, Hashable, CaseIterable {
    case less
    case lessOrEqual
    case greater
    case greaterOrEqual

    /// The operator's function name: `_<_`, `_<=_`, `_>_`, `_>=_`.
    public var function: String {
        switch self {
        case .less: return Operator.less
        case .lessOrEqual: return Operator.lessEquals
        case .greater: return Operator.greater
        case .greaterOrEqual: return Operator.greaterEquals
        }
    }

    /// Whether the relation holds for two operands that compare as `order`.
    public func holds(_ order: ValueOrder) -> Bool {
        switch (self, order) {
        case (_, .unordered): return false
        case (.less, .less), (.lessOrEqual, .less), (.lessOrEqual, .equal): return true
        case (.greater, .greater), (.greaterOrEqual, .greater), (.greaterOrEqual, .equal): return true
        default: return false
        }
    }
}
