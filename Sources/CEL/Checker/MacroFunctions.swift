/// The functions that only macro expansions call. The checker knows their
/// signatures, so that an environment whose libraries do not declare them still
/// checks `all`, `exists` and `transformMap`; a declaration in the environment
/// takes precedence.
enum MacroFunctions {
    static let declarations: [String: Function] = [
        Operator.notStrictlyFalse: Function(
            name: Operator.notStrictlyFalse,
            overloads: [Overload("not_strictly_false", [.bool], .bool)]),
        "cel.@mapInsert": Function(
            name: "cel.@mapInsert",
            overloads: [
                Overload(
                    "@mapInsert_map_key_value", [.map(k, v), k, v], .map(k, v), typeParameters: ["K", "V"]),
                Overload(
                    "@mapInsert_map_map", [.map(k, v), .map(k, v)], .map(k, v), typeParameters: ["K", "V"]),
            ]),
    ]

    private static let k = CELType.typeParameter("K")
    private static let v = CELType.typeParameter("V")
}

extension CheckPass {
    /// The function called `name`: declared in the environment, or one of the macros' own.
    func function(named name: String) -> Function? {
        environment.functions[name] ?? MacroFunctions.declarations[name]
    }
}
