import YAML

/// A mapping whose keys have been checked against the keys it may hold.
///
/// Creating one reports, in one go, a node that is not a mapping, and every unknown key
/// with a "did you mean" among the allowed ones. Duplicate keys never reach it: the YAML
/// loader rejects them.
struct MappingReader {
    let node: Node
    /// What the mapping is, for messages: "a check", "the pack", "a source".
    let what: String
    private(set) var entries: [(key: String, entry: MappingEntry)] = []

    init?(_ node: Node, what: String, allowed: [String], context: inout DecodingContext) {
        guard case .mapping(let mappingEntries) = node.kind else {
            context.error(node.range, "expected \(what) as a mapping, found \(node.kindDescription)")
            return nil
        }
        self.node = node
        self.what = what
        for entry in mappingEntries {
            guard let key = entry.key.scalar?.text else {
                context.error(
                    entry.key.range, "keys of \(what) must be strings, found \(entry.key.kindDescription)")
                continue
            }
            guard allowed.contains(key) else {
                let hint =
                    DidYouMean.hint(for: key, among: allowed)
                    ?? "\(what) may have: \(allowed.joined(separator: ", "))"
                context.error(entry.key.range, "unknown key \"\(key)\" in \(what)", hint: hint)
                continue
            }
            entries.append((key, entry))
        }
    }

    func entry(_ key: String) -> MappingEntry? {
        entries.first { $0.key == key }?.entry
    }

    /// The value of `key`, or nil when it is absent or written as an explicit null
    /// (`title:` with nothing after it), which reads as absent.
    func value(_ key: String) -> Node? {
        guard let value = entry(key)?.value, !value.isNull else { return nil }
        return value
    }

    /// The value of a key the mapping must have; reports it missing otherwise.
    func required(_ key: String, context: inout DecodingContext, hint: String? = nil) -> Node? {
        if let value = value(key) { return value }
        if let entry = entry(key) {
            context.error(entry.value.range, "\"\(key)\" of \(what) has no value", hint: hint)
        } else {
            context.error(node.range, "\(what) is missing the required key \"\(key)\"", hint: hint)
        }
        return nil
    }
}
