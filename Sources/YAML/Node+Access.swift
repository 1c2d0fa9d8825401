extension Node {
    public var scalar: Scalar? {
        let record = self.record
        return record.shape == .scalar ? arena.table.scalar(record) : nil
    }

    // Read from the record, not through `kind`, which would build a scalar's text only to
    // find it is not a collection.
    public var sequence: SequenceItems? {
        let record = self.record
        guard record.shape == .sequence else { return nil }
        return SequenceItems(arena: arena, first: record.first, count: Int(record.count))
    }

    public var mapping: MappingEntries? {
        let record = self.record
        guard record.shape == .mapping else { return nil }
        return MappingEntries(arena: arena, first: record.first, count: Int(record.count) / 2)
    }

    /// The value of the first entry whose key is a scalar with exactly this text, or nil
    /// when this node is not a mapping or has no such key.
    public func mappingValue(forKey key: String) -> Node? {
        guard let position = position(ofKey: key) else { return nil }
        return Node(arena: arena, index: arena.table.link(record, position + 1))
    }

    /// The entry for a scalar key with this text, so a caller can report the key's range.
    public func mappingEntry(forKey key: String) -> MappingEntry? {
        guard let position = position(ofKey: key) else { return nil }
        let record = self.record
        return MappingEntry(
            key: Node(arena: arena, index: arena.table.link(record, position)),
            value: Node(arena: arena, index: arena.table.link(record, position + 1)))
    }

    public subscript(key: String) -> Node? { mappingValue(forKey: key) }

    /// The item at `index` of a sequence, or nil when out of range or not a sequence.
    public subscript(index: Int) -> Node? {
        let record = self.record
        guard record.shape == .sequence, index >= 0, index < Int(record.count) else { return nil }
        return Node(arena: arena, index: arena.table.link(record, index))
    }

    /// The scalar's value under the YAML 1.2 core schema, honouring the explicit core tags
    /// (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`); nil for sequences and mappings.
    /// Only plain scalars resolve to non-strings: `"true"`, `'1'` and block scalars are
    /// strings, and so are `NO`, `yes`, `off` and `y`.
    public var resolvedScalar: ScalarValue? {
        guard let scalar else { return nil }
        return CoreSchema.resolve(scalar, tag: tag) ?? .string(scalar.text)
    }

    /// True for a scalar that resolves to null (`~`, `null`, an empty plain scalar).
    public var isNull: Bool { resolvedScalar == .null }

    /// The link position of the first scalar key with this text. Keys are compared by
    /// their bytes; text that is not ASCII falls back to `String` equality, which also
    /// matches canonically equivalent spellings.
    private func position(ofKey key: String) -> Int? {
        let record = self.record
        guard record.shape == .mapping else { return nil }
        let table = arena.table
        var contiguous = key
        return contiguous.withUTF8 { wanted -> Int? in
            var isASCII = true
            for byte in wanted where byte >= 0x80 { isASCII = false }
            var position = 0
            while position < Int(record.count) {
                let candidate = table[table.link(record, position)]
                if candidate.shape == .scalar {
                    if table.text(of: candidate, equals: wanted) { return position }
                    if !isASCII && table.string(of: candidate) == key { return position }
                }
                position += 2
            }
            return nil
        }
    }
}
