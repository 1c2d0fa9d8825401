extension StandardLibrary {
    /// `!_`, and the declarations of the operators the evaluator implements itself
    /// because they are not strict: `_&&_`, `_||_`, `_?_:_` and `@not_strictly_false`
    /// must see errors and unknowns rather than have them propagated.
    static var logic: [Function] {
        [
            Function(name: Operator.logicalAnd, overloads: [Overload("logical_and", [.bool, .bool], .bool)]),
            Function(name: Operator.logicalOr, overloads: [Overload("logical_or", [.bool, .bool], .bool)]),
            Function(
                name: Operator.conditional,
                overloads: [Overload("conditional", [.bool, typeA, typeA], typeA, typeParameters: ["A"])]),
            Function(
                name: Operator.notStrictlyFalse,
                overloads: [Overload("not_strictly_false", [.bool], .bool)]),
            function(
                Operator.logicalNot, .unary { $0.logicalNot() },
                [Overload("logical_not", [.bool], .bool)]),
            function(
                Operator.equals, .binary { .bool($0.celEquals($1)) },
                [Overload("equals", [typeA, typeA], .bool, typeParameters: ["A"])]),
            function(
                Operator.notEquals, .binary { .bool(!$0.celEquals($1)) },
                [Overload("not_equals", [typeA, typeA], .bool, typeParameters: ["A"])]),
        ]
    }
}
