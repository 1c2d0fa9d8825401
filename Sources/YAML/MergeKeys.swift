/// Merge keys (`<<: *defaults`), the YAML 1.1 type most YAML tools still support.
///
/// Keys written in the mapping win over merged ones, and earlier merge sources win over
/// later ones; merged entries take the place of their `<<` key.
enum MergeKeys {
    struct Merge {
        /// Index in the mapping's own entries where the merged entries go.
        var position: Int
        /// The mappings merged, as nodes of the table being built.
        var sources: [Int32]
    }

    static func isMergeKey(_ table: NodeTable, _ index: Int32) -> Bool {
        let record = table[index]
        guard record.shape == .scalar, record.style == .plain, record.count == 2,
            table.withText(of: record, { $0[0] == UInt8(ascii: "<") && $0[1] == UInt8(ascii: "<") })
        else { return false }
        let tag = table.tag(of: record)
        return tag == nil || tag == Tag.merge
    }

    /// The mappings a `<<` value stands for: one mapping, or a sequence of mappings.
    static func sources(of value: Int32, in table: NodeTable, file: String) throws(YAMLError) -> [Int32] {
        let record = table[value]
        switch record.shape {
        case .mapping:
            return [value]
        case .sequence:
            var sources: [Int32] = []
            for position in 0..<Int(record.count) {
                let item = table.link(record, position)
                guard table[item].shape == .mapping else {
                    throw invalidMerge(file: file, at: table[item].start)
                }
                sources.append(item)
            }
            return sources
        case .scalar:
            throw invalidMerge(file: file, at: record.start)
        }
    }

    /// The keys and values, alternating, of a mapping whose own are `pairs` and which
    /// merges `merges`.
    static func apply(_ merges: [Merge], to pairs: ArraySlice<Int32>, in table: NodeTable) -> [Int32] {
        var seen = Set<KeyIdentity>()
        for key in stride(from: pairs.startIndex, to: pairs.endIndex, by: 2) {
            seen.insert(KeyIdentity.of(table, pairs[key]))
        }
        var result: [Int32] = []
        var next = pairs.startIndex
        for merge in merges {
            let end = pairs.startIndex + 2 * merge.position
            result.append(contentsOf: pairs[next..<end])
            next = end
            for source in merge.sources {
                let record = table[source]
                for key in stride(from: 0, to: Int(record.count), by: 2)
                where seen.insert(KeyIdentity.of(table, table.link(record, key))).inserted {
                    result.append(table.link(record, key))
                    result.append(table.link(record, key + 1))
                }
            }
        }
        result.append(contentsOf: pairs[next...])
        return result
    }

    private static func invalidMerge(file: String, at mark: Mark) -> YAMLError {
        YAMLError(
            .invalidMerge, file: file, at: mark, "a merge key '<<' takes a mapping or a sequence of mappings",
            hint: "write '<<: *anchor' or '<<: [*first, *second]' where each anchor names a mapping")
    }
}
