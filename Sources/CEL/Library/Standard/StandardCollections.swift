extension StandardLibrary {
    /// `_[_]`, `@in` and `size` on lists, maps, strings and bytes.
    static var collections: [Function] {
        let listOfA = CELType.list(typeA)
        let mapOfAB = CELType.map(typeA, typeB)
        return [
            function(
                Operator.index, .binary { $0.index($1) },
                [
                    Overload("index_list", [listOfA, .int], typeA, typeParameters: ["A"]),
                    Overload("index_map", [mapOfAB, typeA], typeB, typeParameters: ["A", "B"]),
                ]),
            function(
                Operator.in, .binary { $1.containsElement($0) },
                [
                    Overload("in_list", [typeA, listOfA], .bool, typeParameters: ["A"]),
                    Overload("in_map", [typeA, mapOfAB], .bool, typeParameters: ["A", "B"]),
                ]),
            function(
                "size", .unary { $0.size() },
                [
                    Overload("size_string", [.string], .int),
                    Overload("size_bytes", [.bytes], .int),
                    Overload("size_list", [listOfA], .int, typeParameters: ["A"]),
                    Overload("size_map", [mapOfAB], .int, typeParameters: ["A", "B"]),
                    Overload("string_size", [.string], .int, member: true),
                    Overload("bytes_size", [.bytes], .int, member: true),
                    Overload("list_size", [listOfA], .int, member: true, typeParameters: ["A"]),
                    Overload("map_size", [mapOfAB], .int, member: true, typeParameters: ["A", "B"]),
                ]),
        ]
    }
}
