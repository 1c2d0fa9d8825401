import CYAML

/// Turns libyaml's events into documents of `Node`s.
///
/// It keeps an explicit stack of open collections instead of recursing, so nesting costs
/// heap, not stack, and is cut off at `Limits.maxDepth`.
struct NodeBuilder {
    private let file: String
    private let limits: YAMLLoader.Limits
    private(set) var documents: [Node] = []
    private var frames: [Frame] = []
    private var root: Node?
    private var anchors: [String: AnchoredNode] = [:]
    /// Nodes made so far, aliases counted by the size of what they copy; a collection's
    /// size is the difference between this counter at its end and at its start.
    private var producedNodes = 0
    private var aliasExpansion = 0
    private var source: SourceText
    /// Whether the last document ended without `...`; a directive may not follow such a one.
    private var lastDocumentEndedImplicitly = false

    /// Mappings up to this many keys look duplicates up by a linear scan; larger ones
    /// switch to a hash table.
    private static let linearKeyScanLimit = 12

    init(file: String, limits: YAMLLoader.Limits, source: SourceText) {
        self.file = file
        self.limits = limits
        self.source = source
    }

    /// Consumes one event; returns true at the end of the stream.
    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) -> Bool {
        let start = source.mark(event.pointee.start_mark)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            try scalar(event.pointee.data.scalar, start: start, end: source.mark(event.pointee.end_mark))
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            try open(
                isMapping: true, isFlow: data.style == YAML_FLOW_MAPPING_STYLE, start: start, tag: data.tag,
                anchor: data.anchor)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            try open(
                isMapping: false, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE, start: start, tag: data.tag,
                anchor: data.anchor)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            try close(end: source.mark(event.pointee.end_mark))
        case YAML_ALIAS_EVENT:
            try checkPlacement(at: start)
            try alias(event.pointee.data.alias.anchor, at: start)
        case YAML_DOCUMENT_START_EVENT:
            let data = event.pointee.data.document_start
            let hasDirectives =
                data.version_directive != nil || data.tag_directives.start != data.tag_directives.end
            if hasDirectives && lastDocumentEndedImplicitly {
                throw SpecChecks.directiveWithoutDocumentEnd(file: file, at: start)
            }
            root = nil
            anchors.removeAll(keepingCapacity: true)
        case YAML_DOCUMENT_END_EVENT:
            if let root {
                documents.append(root)
            }
            root = nil
            lastDocumentEndedImplicitly = event.pointee.data.document_end.implicit != 0
        case YAML_STREAM_END_EVENT:
            return true
        default:
            break
        }
        return false
    }

    // MARK: - Events

    private mutating func scalar(
        _ data: yaml_event_t.__Unnamed_union_data.__Unnamed_struct_scalar, start: Mark, end: Mark
    ) throws(YAMLError) {
        guard data.length <= limits.maxScalarBytes else {
            throw YAMLError(
                .scalarTooLarge, file: file, at: start,
                "scalar of \(data.length) bytes exceeds the limit of \(limits.maxScalarBytes) bytes",
                hint: "split the value, or raise YAMLLoader.Limits.maxScalarBytes")
        }
        let text: String
        if let value = data.value, data.length > 0 {
            text = String(decoding: UnsafeBufferPointer(start: value, count: data.length), as: UTF8.self)
        } else {
            text = ""
        }
        let style: ScalarStyle
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let tag = data.tag.map { String(cString: $0) }
        let node = Node(
            kind: .scalar(Scalar(text: text, style: style)),
            range: SourceRange(file: file, start: start, end: end),
            tag: tag,
            anchor: data.anchor.map { String(cString: $0) })
        if let tag { try validate(scalar: node, tag: tag) }
        try checkPlacement(at: start)
        if source.isUTF8 {
            let top = frames.last
            try SpecChecks.checkScalar(
                node, source: source, isInFlow: top?.isFlow ?? false, indentColumn: top?.indentColumn ?? 0)
        }
        producedNodes += 1
        try attach(node, size: 1)
    }

    private mutating func open(
        isMapping: Bool, isFlow: Bool, start: Mark, tag: UnsafeMutablePointer<yaml_char_t>?,
        anchor: UnsafeMutablePointer<yaml_char_t>?
    ) throws(YAMLError) {
        guard frames.count < limits.maxDepth else {
            throw YAMLError(
                .depthLimitExceeded, file: file, at: start,
                "collections are nested deeper than \(limits.maxDepth) levels",
                hint: "flatten the document, or raise YAMLLoader.Limits.maxDepth")
        }
        let tagText = tag.map { String(cString: $0) }
        if let tagText {
            let fits: Bool
            switch tagText {
            case Tag.map: fits = isMapping
            case Tag.seq: fits = !isMapping
            case Tag.str, Tag.int, Tag.float, Tag.bool, Tag.null: fits = false
            default: fits = true
            }
            guard fits else {
                throw YAMLError(
                    .invalidTaggedValue, file: file, at: start,
                    "a \(isMapping ? "mapping" : "sequence") cannot have the tag \(Self.shortTag(tagText))",
                    hint: "remove the tag or change the node")
            }
        }
        try checkPlacement(at: start)
        let anchorText = anchor.map { String(cString: $0) }
        // Content of a flow collection, and continuation lines of quoted scalars, must be
        // indented past the nearest block collection. Its start column is that indentation
        // unless a tag or anchor came first (possibly on an earlier line); then the check
        // keeps the outer bound rather than guess.
        var indentColumn = frames.last?.indentColumn ?? 0
        if !isFlow && tagText == nil && anchorText == nil {
            indentColumn = start.column
        }
        producedNodes += 1
        frames.append(
            Frame(
                isMapping: isMapping, isFlow: isFlow, indentColumn: indentColumn, start: start, tag: tagText,
                anchor: anchorText, firstNode: producedNodes - 1))
    }

    private mutating func close(end: Mark) throws(YAMLError) {
        guard var frame = frames.popLast() else { return }
        if frame.isFlow && source.isUTF8 {
            try SpecChecks.checkAfterFlowNode(
                endingAt: end, source: source, file: file, closesCollection: true)
        }
        let kind: Node.Kind
        if frame.isMapping {
            if let key = frame.pendingKey {
                // libyaml always delivers a value, empty if need be; this is only a guard.
                frame.pendingKey = nil
                frame.entries.append(MappingEntry(key: key, value: Self.emptyScalar(at: end, file: file)))
            }
            kind = .mapping(frame.merges.isEmpty ? frame.entries : Self.applyMerges(frame))
        } else {
            kind = .sequence(frame.items)
        }
        let node = Node(
            kind: kind, range: SourceRange(file: file, start: frame.start, end: end), tag: frame.tag,
            anchor: frame.anchor)
        try attach(node, size: producedNodes - frame.firstNode)
    }

    private mutating func alias(_ name: UnsafeMutablePointer<yaml_char_t>?, at mark: Mark) throws(YAMLError) {
        let anchor = name.map { String(cString: $0) } ?? ""
        guard let target = anchors[anchor] else {
            if frames.contains(where: { $0.anchor == anchor }) {
                throw YAMLError(
                    .recursiveAlias, file: file, at: mark,
                    "alias *\(anchor) refers to a node that contains it",
                    hint: "a node cannot include itself; copy the part you need instead")
            }
            throw YAMLError(
                .undefinedAlias, file: file, at: mark, "alias *\(anchor) has no anchor &\(anchor) before it",
                hint: "define &\(anchor) earlier in the same document; anchors do not cross '---'")
        }
        aliasExpansion += target.size
        guard aliasExpansion <= limits.maxAliasExpansion else {
            throw YAMLError(
                .aliasBudgetExceeded, file: file, at: mark,
                "aliases expand to more than \(limits.maxAliasExpansion) nodes",
                hint:
                    "nested aliases multiply the document (a \"billion laughs\" attack); "
                    + "if this file is legitimate, raise YAMLLoader.Limits.maxAliasExpansion")
        }
        producedNodes += target.size
        try attach(target.node, size: target.size, isAlias: true)
    }

    // MARK: - Building

    /// Nodes inside a flow collection must be indented past the enclosing block collection.
    private func checkPlacement(at start: Mark) throws(YAMLError) {
        guard let top = frames.last, top.isFlow, top.indentColumn > 0 else { return }
        var indentation = start.column
        if source.isUTF8, let spaces = SpecChecks.indentation(ofLineStartingAt: start, source: source) {
            indentation = spaces
        }
        if start.column <= top.indentColumn || indentation < top.indentColumn {
            throw SpecChecks.flowContentNotIndented(file: file, at: start, indentColumn: top.indentColumn)
        }
    }

    /// Puts a finished node into the open collection, or makes it the document's root.
    private mutating func attach(_ node: Node, size: Int, isAlias: Bool = false) throws(YAMLError) {
        if !isAlias, let anchor = node.anchor {
            anchors[anchor] = AnchoredNode(node: node, size: size)
        }
        let top = frames.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if !frames[top].isMapping {
            frames[top].items.append(node)
            return
        }
        guard let key = frames[top].pendingKey else {
            if Self.isMergeKey(node) {
                frames[top].pendingMerge = true
                frames[top].pendingKey = node
                return
            }
            try checkDuplicate(node, in: top)
            frames[top].pendingKey = node
            return
        }
        frames[top].pendingKey = nil
        if frames[top].pendingMerge {
            frames[top].pendingMerge = false
            let sources = try mergeSources(node)
            frames[top].merges.append(Merge(position: frames[top].entries.count, sources: sources))
            return
        }
        frames[top].entries.append(MappingEntry(key: key, value: node))
    }

    private mutating func checkDuplicate(_ key: Node, in top: Int) throws(YAMLError) {
        let identity = KeyIdentity(key)
        var firstLine: Int?
        if frames[top].keyIndex.isEmpty {
            if let index = frames[top].keys.firstIndex(of: identity) {
                firstLine = frames[top].keyLines[index]
            } else if frames[top].keys.count >= Self.linearKeyScanLimit {
                for (index, existing) in frames[top].keys.enumerated() {
                    frames[top].keyIndex[existing] = frames[top].keyLines[index]
                }
            }
        } else {
            firstLine = frames[top].keyIndex[identity]
        }
        if let firstLine {
            throw YAMLError(
                .duplicateKey, file: file, at: key.range.start,
                "duplicate key \"\(KeyIdentity.display(key))\" (first at line \(firstLine))",
                hint: "a mapping holds each key once; remove or rename one of them")
        }
        if frames[top].keyIndex.isEmpty {
            frames[top].keys.append(identity)
            frames[top].keyLines.append(key.range.start.line)
        } else {
            frames[top].keyIndex[identity] = key.range.start.line
        }
    }

    private func mergeSources(_ value: Node) throws(YAMLError) -> [[MappingEntry]] {
        switch value.kind {
        case .mapping(let entries):
            return [entries]
        case .sequence(let items):
            var sources: [[MappingEntry]] = []
            for item in items {
                guard case .mapping(let entries) = item.kind else {
                    throw invalidMerge(at: item.range.start)
                }
                sources.append(entries)
            }
            return sources
        case .scalar:
            throw invalidMerge(at: value.range.start)
        }
    }

    private func invalidMerge(at mark: Mark) -> YAMLError {
        YAMLError(
            .invalidMerge, file: file, at: mark, "a merge key '<<' takes a mapping or a sequence of mappings",
            hint: "write '<<: *anchor' or '<<: [*first, *second]' where each anchor names a mapping")
    }

    /// Keys written in the mapping win over merged ones, and earlier merge sources win over
    /// later ones; merged entries take the place of their `<<` key.
    private static func applyMerges(_ frame: Frame) -> [MappingEntry] {
        var seen = Set<KeyIdentity>()
        for entry in frame.entries { seen.insert(KeyIdentity(entry.key)) }
        var result: [MappingEntry] = []
        var next = 0
        for merge in frame.merges {
            result.append(contentsOf: frame.entries[next..<merge.position])
            next = merge.position
            for source in merge.sources {
                for entry in source where seen.insert(KeyIdentity(entry.key)).inserted {
                    result.append(entry)
                }
            }
        }
        result.append(contentsOf: frame.entries[next...])
        return result
    }

    private static func isMergeKey(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node.kind, scalar.style == .plain, scalar.text == "<<" else {
            return false
        }
        return node.tag == nil || node.tag == Tag.merge
    }

    private func validate(scalar node: Node, tag: String) throws(YAMLError) {
        guard case .scalar(let scalar) = node.kind else { return }
        switch tag {
        case Tag.seq, Tag.map:
            throw YAMLError(
                .invalidTaggedValue, file: file, at: node.range.start,
                "a scalar cannot have the tag \(Self.shortTag(tag))",
                hint: "remove the tag or change the node")
        case Tag.int, Tag.float, Tag.bool, Tag.null:
            guard CoreSchema.resolve(scalar, tag: tag) == nil else { return }
            throw YAMLError(
                .invalidTaggedValue, file: file, at: node.range.start,
                "\"\(scalar.text)\" is not a valid \(Self.shortTag(tag))",
                hint: "remove the tag, or write a value of that type")
        default:
            return
        }
    }

    private static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    private static func emptyScalar(at mark: Mark, file: String) -> Node {
        Node(
            kind: .scalar(Scalar(text: "", style: .plain)),
            range: SourceRange(file: file, start: mark, end: mark))
    }
}

/// An open sequence or mapping waiting for its end event.
private struct Frame {
    var isMapping: Bool
    var isFlow: Bool
    /// Nodes inside must start right of this column (1-based; 0 means anywhere).
    var indentColumn: Int
    var start: Mark
    var tag: String?
    var anchor: String?
    var firstNode: Int
    var items: [Node] = []
    var entries: [MappingEntry] = []
    var pendingKey: Node?
    var pendingMerge = false
    /// Identities and lines of the keys written so far, for the duplicate check; moved
    /// into `keyIndex` once the mapping grows past a linear scan.
    var keys: [KeyIdentity] = []
    var keyLines: [Int] = []
    var keyIndex: [KeyIdentity: Int] = [:]
    var merges: [Merge] = []

    init(
        isMapping: Bool, isFlow: Bool, indentColumn: Int, start: Mark, tag: String?, anchor: String?,
        firstNode: Int
    ) {
        self.isMapping = isMapping
        self.isFlow = isFlow
        self.indentColumn = indentColumn
        self.start = start
        self.tag = tag
        self.anchor = anchor
        self.firstNode = firstNode
    }
}

private struct Merge {
    var position: Int
    var sources: [[MappingEntry]]
}

private struct AnchoredNode {
    var node: Node
    var size: Int
}
