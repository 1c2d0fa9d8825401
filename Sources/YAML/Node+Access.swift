extension Node {
    public var scalar: Scalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    public var mapping: [MappingEntry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The value of the first entry whose key is a scalar with exactly this text, or nil
    /// when this node is not a mapping or has no such key.
    public func mappingValue(forKey key: String) -> Node? {
        guard case .mapping(let entries) = kind else { return nil }
        for entry in entries {
            if case .scalar(let scalar) = entry.key.kind, scalar.text == key {
                return entry.value
            }
        }
        return nil
    }

    /// The entry for a scalar key with this text, so a caller can report the key's range.
    public func mappingEntry(forKey key: String) -> MappingEntry? {
        guard case .mapping(let entries) = kind else { return nil }
        for entry in entries {
            if case .scalar(let scalar) = entry.key.kind, scalar.text == key {
                return entry
            }
        }
        return nil
    }

    public subscript(key: String) -> Node? { mappingValue(forKey: key) }

    /// The item at `index` of a sequence, or nil when out of range or not a sequence.
    public subscript(index: Int) -> Node? {
        guard case .sequence(let items) = kind, items.indices.contains(index) else { return nil }
        return items[index]
    }

    /// The scalar's value under the YAML 1.2 core schema, honouring the explicit core tags
    /// (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`); nil for sequences and mappings.
    /// Only plain scalars resolve to non-strings: `"true"`, `'1'` and block scalars are
    /// strings, and so are `NO`, `yes`, `off` and `y`.
    public var resolvedScalar: ScalarValue? {
        guard case .scalar(let scalar) = kind else { return nil }
        return CoreSchema.resolve(scalar, tag: tag) ?? .string(scalar.text)
    }

    /// True for a scalar that resolves to null (`~`, `null`, an empty plain scalar).
    public var isNull: Bool { resolvedScalar == .null }
}
