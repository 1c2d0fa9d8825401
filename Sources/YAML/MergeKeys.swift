/// Merge keys (`<<: *defaults`), the YAML 1.1 type most YAML tools still support.
///
/// Keys written in the mapping win over merged ones, and earlier merge sources win over
/// later ones; merged entries take the place of their `<<` key.
enum MergeKeys {
    struct Merge {
        /// Index in the mapping's own entries where the merged entries go.
        var position: Int
        var sources: [[MappingEntry]]
    }

    static func isMergeKey(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node.kind, scalar.style == .plain, scalar.text == "<<" else {
            return false
        }
        return node.tag == nil || node.tag == Tag.merge
    }

    /// The mappings a `<<` value stands for: one mapping, or a sequence of mappings.
    static func sources(of value: Node, file: String) throws(YAMLError) -> [[MappingEntry]] {
        switch value.kind {
        case .mapping(let entries):
            return [entries]
        case .sequence(let items):
            var sources: [[MappingEntry]] = []
            for item in items {
                guard case .mapping(let entries) = item.kind else {
                    throw invalidMerge(file: file, at: item.range.start)
                }
                sources.append(entries)
            }
            return sources
        case .scalar:
            throw invalidMerge(file: file, at: value.range.start)
        }
    }

    static func apply(_ merges: [Merge], to entries: [MappingEntry]) -> [MappingEntry] {
        var seen = Set<KeyIdentity>()
        for entry in entries { seen.insert(KeyIdentity(entry.key)) }
        var result: [MappingEntry] = []
        var next = 0
        for merge in merges {
            result.append(contentsOf: entries[next..<merge.position])
            next = merge.position
            for source in merge.sources {
                for entry in source where seen.insert(KeyIdentity(entry.key)).inserted {
                    result.append(entry)
                }
            }
        }
        result.append(contentsOf: entries[next...])
        return result
    }

    private static func invalidMerge(file: String, at mark: Mark) -> YAMLError {
        YAMLError(
            .invalidMerge, file: file, at: mark, "a merge key '<<' takes a mapping or a sequence of mappings",
            hint: "write '<<: *anchor' or '<<: [*first, *second]' where each anchor names a mapping")
    }
}
