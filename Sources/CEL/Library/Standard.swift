extension Library {
    /// CEL's standard definitions (cel-spec langdef "Standard Definitions"):
    /// operators, `size`, the string tests, type conversions and the timestamp
    /// and duration accessors, with cel-go's overload ids.
    ///
    /// Every overload carries an implementation that accepts any runtime
    /// arguments (so a checked call can go straight to it), and every function
    /// but the four the evaluator special-cases (`_&&_`, `_||_`, `_?_:_`,
    /// `@not_strictly_false`, declared for the checker only) has a dispatcher that
    /// switches on the runtime kinds.
    ///
    ///     let add = Library.standard.functions.first { $0.name == "_+_" }
    ///     // add.dispatcher: .binary { $0.add($1) }; 9223372036854775807 + 1 is an overflow error
    public static let standard = Library(name: "standard", functions: StandardLibrary.functions)
}

/// The standard library's functions, assembled from one file per area.
enum StandardLibrary {
    static var functions: [Function] {
        logic + comparisons + arithmetic + collections + strings + conversions + time
    }

    static let typeA = CELType.typeParameter("A")
    static let typeB = CELType.typeParameter("B")

    /// A function whose every overload shares one implementation, also its dispatcher.
    static func function(
        _ name: String, _ implementation: Implementation, _ overloads: [Overload]
    ) -> Function {
        var bound = overloads
        for index in bound.indices { bound[index].implementation = implementation }
        return Function(name: name, overloads: bound, dispatcher: implementation)
    }
}
