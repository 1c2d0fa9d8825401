extension StandardLibrary {
    /// `_<_`, `_<=_`, `_>_`, `_>=_` on every orderable pair, numbers across kinds.
    static var comparisons: [Function] {
        let pairs: [(suffix: String, lhs: CELType, rhs: CELType)] = [
            ("bool", .bool, .bool),
            ("int64", .int, .int),
            ("int64_double", .int, .double),
            ("int64_uint64", .int, .uint),
            ("uint64", .uint, .uint),
            ("uint64_double", .uint, .double),
            ("uint64_int64", .uint, .int),
            ("double", .double, .double),
            ("double_int64", .double, .int),
            ("double_uint64", .double, .uint),
            ("string", .string, .string),
            ("bytes", .bytes, .bytes),
            ("timestamp", .timestamp, .timestamp),
            ("duration", .duration, .duration),
        ]
        return Relation.allCases.map { relation in
            let prefix: String
            switch relation {
            case .less: prefix = "less"
            case .lessOrEqual: prefix = "less_equals"
            case .greater: prefix = "greater"
            case .greaterOrEqual: prefix = "greater_equals"
            }
            return function(
                relation.function, .binary { $0.relation(relation, $1) },
                pairs.map { Overload("\(prefix)_\($0.suffix)", [$0.lhs, $0.rhs], .bool) })
        }
    }
}
