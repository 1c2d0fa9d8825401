import CYAML

/// Turns libyaml's events into documents of `Node`s.
///
/// Nodes go into one `NodeTable` per load: a scalar appends its bytes and a record, a
/// collection appends its children's indices and a record when it ends. Open collections
/// live on an explicit stack instead of the call stack, so nesting costs heap, not stack,
/// and is cut off at `Limits.maxDepth`; their finished children wait, as indices, on one
/// shared stack.
struct NodeBuilder {
    private let file: String
    private let limits: YAMLLoader.Limits
    private var table = NodeTable()
    private var roots: [Int32] = []
    private var frames: [Frame] = []
    private var children: [Int32] = []
    /// The keys of every open mapping below its hash table size, in document order.
    private var keys: [KeyRecord] = []
    private var root: Int32?
    private var anchors: [String: AnchoredNode] = [:]
    /// The key tables of open mappings past `linearKeyScanLimit` keys, and the merges of
    /// open mappings with `<<` keys, by the depth of their frame: both are rare, and kept
    /// here they leave `Frame` free of references, cheap to push, read and pop.
    private var keyIndexes: [Int: [KeyIdentity: Int]] = [:]
    private var merges: [Int: [MergeKeys.Merge]] = [:]
    /// Nodes made so far, aliases counted by the size of what they copy; a collection's
    /// size is the difference between this counter at its end and at its start.
    private var producedNodes = 0
    private var aliasExpansion = 0
    private var source: SourceText
    /// Whether the last document ended without `...`; a directive may not follow such a one.
    private var lastDocumentEndedImplicitly = false

    /// Mappings up to this many keys look duplicates up by a linear scan; larger ones
    /// switch to a hash table.
    private static let linearKeyScanLimit = 16
    /// The loader's own nodes all come from one file, the table's first.
    private static let fileIndex: Int32 = 0

    init(file: String, limits: YAMLLoader.Limits, source: SourceText) {
        self.file = file
        self.limits = limits
        self.source = source
        table.files = [file]
        // About one node per ten bytes in the profiles and packs this loads; growth covers
        // denser input. Pages of a large reservation that stay unused are never touched.
        let size = source.bytes.count
        table.records.reserveCapacity(size / 8 + 8)
        table.links.reserveCapacity(size / 8 + 8)
        // Verbatim scalars (plain, on one line) are slices of a copy of the input, which
        // starts the text; the content of the others follows it.
        if source.isUTF8 {
            table.text.reserveCapacity(size + size / 4 + 16)
            table.text.append(contentsOf: source.bytes)
        } else {
            table.text.reserveCapacity(size / 2 + 16)
        }
        children.reserveCapacity(64)
    }

    /// The documents of the stream, once `consume` has returned true.
    consuming func documents() -> [Node] {
        let arena = NodeArena(table)
        return roots.map { Node(arena: arena, index: $0) }
    }

    /// Consumes one event; returns true at the end of the stream.
    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) -> Bool {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            let startMark = event.pointee.start_mark
            let endMark = event.pointee.end_mark
            let start = source.mark(startMark)
            // A plain scalar on one line, without a tag or anchor before it, is its own text:
            // it ends `length` bytes after its start, and its content is that slice of the input.
            let isVerbatim =
                data.style == YAML_PLAIN_SCALAR_STYLE && startMark.line == endMark.line && data.tag == nil
                && data.anchor == nil
            let end =
                isVerbatim
                ? source.mark(endMark, knownOffset: start.offset + data.length) : source.mark(endMark)
            try scalar(data, start: start, end: end, isVerbatim: isVerbatim && source.isUTF8)
        case YAML_MAPPING_START_EVENT:
            let data = event.pointee.data.mapping_start
            try open(
                isMapping: true, isFlow: data.style == YAML_FLOW_MAPPING_STYLE,
                start: source.mark(event.pointee.start_mark), tag: data.tag, anchor: data.anchor)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.pointee.data.sequence_start
            try open(
                isMapping: false, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE,
                start: source.mark(event.pointee.start_mark), tag: data.tag, anchor: data.anchor)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            try close(end: source.mark(event.pointee.end_mark))
        case YAML_ALIAS_EVENT:
            let start = source.mark(event.pointee.start_mark)
            try checkPlacement(at: start)
            try alias(event.pointee.data.alias.anchor, at: start)
        case YAML_DOCUMENT_START_EVENT:
            let data = event.pointee.data.document_start
            let hasDirectives =
                data.version_directive != nil || data.tag_directives.start != data.tag_directives.end
            if hasDirectives && lastDocumentEndedImplicitly {
                throw SpecChecks.directiveWithoutDocumentEnd(
                    file: file, at: source.mark(event.pointee.start_mark))
            }
            root = nil
            anchors.removeAll(keepingCapacity: true)
        case YAML_DOCUMENT_END_EVENT:
            if let root {
                roots.append(root)
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
        _ data: yaml_event_t.__Unnamed_union_data.__Unnamed_struct_scalar, start: Mark, end: Mark,
        isVerbatim: Bool
    ) throws(YAMLError) {
        guard data.length <= limits.maxScalarBytes else {
            throw YAMLError(
                .scalarTooLarge, file: file, at: start,
                "scalar of \(data.length) bytes exceeds the limit of \(limits.maxScalarBytes) bytes",
                hint: "split the value, or raise YAMLLoader.Limits.maxScalarBytes")
        }
        let bytes = UnsafeBufferPointer(start: data.value, count: data.value == nil ? 0 : data.length)
        let style: ScalarStyle
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let tag = data.tag.map { String(cString: $0) }
        if let tag {
            try TagRules.validate(
                scalar: Scalar(text: String(decoding: bytes, as: UTF8.self), style: style),
                range: SourceRange(file: file, start: start, end: end), tag: tag)
        }
        let top = frames.count - 1
        let isInFlow = top >= 0 && frames[top].isFlow
        if isInFlow {
            try checkPlacement(at: start)
        }
        // A plain scalar outside flow collections has nothing for these checks to look at.
        if source.isUTF8 && (isInFlow || style != .plain) {
            try SpecChecks.checkScalar(
                utf8: bytes, style: style, range: SourceRange(file: file, start: start, end: end),
                source: source, isInFlow: isInFlow, indentColumn: top >= 0 ? frames[top].indentColumn : 0)
        }
        producedNodes += 1
        let anchor = data.anchor.map { String(cString: $0) }
        let index: Int32
        if isVerbatim {
            index = table.appendScalar(
                inTextAt: start.offset, count: bytes.count, file: Self.fileIndex, start: start, end: end)
            #if DEBUG
                assert(table.text(of: table[index], equals: bytes))
            #endif
        } else {
            index = table.appendScalar(
                bytes, style: style, file: Self.fileIndex, start: start, end: end,
                properties: table.appendProperties(tag: tag, anchor: anchor))
        }
        if anchor == nil, top >= 0, frames[top].isMapping,
            (children.count - frames[top].firstChild) % 2 == 0
        {
            // A key: its identity and merge-ness come from its bytes.
            let isMergeKey =
                style == .plain && bytes.count == 2 && bytes[0] == UInt8(ascii: "<")
                && bytes[1] == UInt8(ascii: "<") && (tag == nil || tag == Tag.merge)
            if !isMergeKey {
                // Words, nearly every key, are strings whose fingerprint comes from their bytes;
                // their identity is only made when another key has the same fingerprint.
                if tag == nil && (style != .plain || KeyIdentity.isPlainWord(bytes)) {
                    try checkDuplicate(
                        hash: KeyIdentity.stringFingerprint(utf8: bytes), at: start, in: top,
                        identity: .string(String(decoding: bytes, as: UTF8.self)),
                        display: String(decoding: bytes, as: UTF8.self))
                } else {
                    let identity = tag == nil ? KeyIdentity.ofPlain(bytes) : KeyIdentity.of(table, index)
                    try checkDuplicate(
                        hash: identity.fingerprint, at: start, in: top, identity: identity,
                        display: String(decoding: bytes, as: UTF8.self))
                }
            }
            frames[top].pendingKeyIsMerge = isMergeKey
            children.append(index)
            return
        }
        try attach(index, anchor: anchor, size: 1)
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
            try TagRules.validate(collectionTag: tagText, isMapping: isMapping, file: file, at: start)
        }
        try checkPlacement(at: start)
        let anchorText = anchor.map { String(cString: $0) }
        // Content of a flow collection, and continuation lines of quoted scalars, must be
        // indented past the nearest block collection. Its start column is that indentation
        // unless a tag or anchor came first (possibly on an earlier line); then the check
        // keeps the outer bound rather than guess.
        var indentColumn = frames.isEmpty ? 0 : frames[frames.count - 1].indentColumn
        if !isFlow && tagText == nil && anchorText == nil {
            indentColumn = start.column
        }
        producedNodes += 1
        frames.append(
            Frame(
                isMapping: isMapping, isFlow: isFlow, indentColumn: indentColumn, start: start,
                properties: table.appendProperties(tag: tagText, anchor: anchorText),
                firstNode: producedNodes - 1, firstChild: children.count, firstKey: keys.count))
    }

    private mutating func close(end: Mark) throws(YAMLError) {
        guard let frame = frames.popLast() else { return }
        while keys.count > frame.firstKey {
            keys.removeLast()
        }
        let depth = frames.count
        if !keyIndexes.isEmpty {
            keyIndexes[depth] = nil
        }
        let frameMerges = merges.isEmpty ? nil : merges.removeValue(forKey: depth)
        if frame.isFlow && source.isUTF8 {
            try SpecChecks.checkAfterFlowNode(
                endingAt: end, source: source, file: file, closesCollection: true)
        }
        if frame.isMapping && (children.count - frame.firstChild) % 2 == 1 {
            // libyaml always delivers a value, empty if need be; this only keeps pairs whole.
            children.append(
                table.appendScalar(
                    UnsafeBufferPointer(start: nil, count: 0), style: .plain, file: Self.fileIndex,
                    start: end,
                    end: end, properties: -1))
        }
        let first = Int32(truncatingIfNeeded: table.links.count)
        if let frameMerges {
            table.links.append(
                contentsOf: MergeKeys.apply(frameMerges, to: children[frame.firstChild...], in: table))
        } else {
            table.links.append(contentsOf: children[frame.firstChild...])
        }
        while children.count > frame.firstChild {
            children.removeLast()
        }
        guard table.links.count <= Int(Int32.max) else {
            throw YAMLError(
                .aliasBudgetExceeded, file: file, at: end,
                "merged mappings hold more entries than a load can",
                hint: "merge fewer or smaller mappings, or lower YAMLLoader.Limits.maxAliasExpansion")
        }
        let index = table.appendCollection(
            frame.isMapping ? .mapping : .sequence, file: Self.fileIndex, start: frame.start, end: end,
            properties: frame.properties, first: first)
        try attach(index, anchor: anchor(of: frame), size: producedNodes - frame.firstNode)
    }

    private mutating func alias(_ name: UnsafeMutablePointer<yaml_char_t>?, at mark: Mark) throws(YAMLError) {
        let anchor = name.map { String(cString: $0) } ?? ""
        guard let target = anchors[anchor] else {
            if frames.contains(where: { self.anchor(of: $0) == anchor }) {
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
        try attach(target.index, anchor: nil, size: target.size)
    }

    // MARK: - Building

    private func anchor(of frame: Frame) -> String? {
        frame.properties < 0 ? nil : table.properties[Int(frame.properties)].anchor
    }

    /// Nodes inside a flow collection must be indented past the enclosing block collection,
    /// and only spaces indent.
    private func checkPlacement(at start: Mark) throws(YAMLError) {
        let top = frames.count - 1
        guard top >= 0, frames[top].isFlow else { return }
        let indentColumn = frames[top].indentColumn
        guard indentColumn > 0 else { return }
        var indentation = start.column
        if source.isUTF8, let spaces = SpecChecks.indentation(ofLineStartingAt: start, source: source) {
            indentation = spaces
        }
        if start.column <= indentColumn || indentation < indentColumn {
            throw SpecChecks.flowContentNotIndented(file: file, at: start, indentColumn: indentColumn)
        }
    }

    /// Puts a finished node into the open collection, or makes it the document's root;
    /// `anchor` is the one the node defines (nil for an alias, which names another's).
    private mutating func attach(_ index: Int32, anchor: String?, size: Int) throws(YAMLError) {
        if let anchor {
            anchors[anchor] = AnchoredNode(index: index, size: size)
        }
        let top = frames.count - 1
        guard top >= 0 else {
            root = index
            return
        }
        guard frames[top].isMapping else {
            children.append(index)
            return
        }
        guard (children.count - frames[top].firstChild) % 2 == 1 else {
            let isMergeKey = MergeKeys.isMergeKey(table, index)
            if !isMergeKey {
                // Keys that are collections or aliases are rare: a copy of the table (a few
                // reference counts) lets the message be made only if it is needed.
                let snapshot = table
                let identity = KeyIdentity.of(snapshot, index)
                try checkDuplicate(
                    hash: identity.fingerprint, at: snapshot[index].start, in: top, identity: identity,
                    display: KeyIdentity.display(snapshot, index))
            }
            frames[top].pendingKeyIsMerge = isMergeKey
            children.append(index)
            return
        }
        if frames[top].pendingKeyIsMerge {
            frames[top].pendingKeyIsMerge = false
            _ = children.popLast()
            let sources = try MergeKeys.sources(of: index, in: table, file: file)
            let position = (children.count - frames[top].firstChild) / 2
            merges[top, default: []].append(MergeKeys.Merge(position: position, sources: sources))
            return
        }
        children.append(index)
    }

    /// Compares a new key with the earlier keys of its mapping by fingerprint, and by
    /// identity only when fingerprints match: the earlier key's identity is then made from
    /// its node, which still waits on the children stack (the k-th key of a mapping is its
    /// k-th pair there, since `<<` keys leave the stack). Past `linearKeyScanLimit` keys the
    /// mapping gets a hash table of key identities.
    private mutating func checkDuplicate(
        hash: Int, at start: Mark, in top: Int, identity: @autoclosure () -> KeyIdentity,
        display: @autoclosure () -> String
    ) throws(YAMLError) {
        let line = start.line
        var firstLine: Int?
        if !keyIndexes.isEmpty, keyIndexes[top] != nil {
            let identity = identity()
            firstLine = keyIndexes[top]?[identity]
            if firstLine == nil { keyIndexes[top]?[identity] = line }
        } else {
            let firstKey = frames[top].firstKey
            let firstChild = frames[top].firstChild
            var position = firstKey
            while position < keys.count {
                if keys[position].hash == hash
                    && KeyIdentity.of(table, children[firstChild + 2 * (position - firstKey)]) == identity()
                {
                    firstLine = keys[position].line
                    break
                }
                position += 1
            }
            if firstLine == nil {
                if keys.count - firstKey >= Self.linearKeyScanLimit {
                    var index: [KeyIdentity: Int] = [identity(): line]
                    for position in firstKey..<keys.count {
                        let earlier = KeyIdentity.of(table, children[firstChild + 2 * (position - firstKey)])
                        index[earlier] = keys[position].line
                    }
                    keyIndexes[top] = index
                    keys.removeLast(keys.count - firstKey)
                } else {
                    keys.append(KeyRecord(hash: hash, line: line))
                }
            }
        }
        if let firstLine {
            throw YAMLError(
                .duplicateKey, file: file, at: start,
                "duplicate key \"\(display())\" (first at line \(firstLine))",
                hint: "a mapping holds each key once; remove or rename one of them")
        }
    }
}

/// A key of an open mapping, as the duplicate check first compares it.
private struct KeyRecord {
    var hash: Int
    var line: Int
}

/// An open sequence or mapping waiting for its end event. Plain values only, so that
/// pushing, reading and popping one copies bytes and counts no references.
private struct Frame {
    var isMapping: Bool
    var isFlow: Bool
    /// Whether the key waiting for its value is `<<`, so the value is merged, not stored.
    var pendingKeyIsMerge = false
    /// Nodes inside must start right of this column (1-based; 0 means anywhere).
    var indentColumn: Int
    var start: Mark
    /// The collection's tag and anchor in `NodeTable.properties`, or -1.
    var properties: Int32
    var firstNode: Int
    /// Where this collection's children start on `NodeBuilder.children`.
    var firstChild: Int
    /// Where this mapping's keys start in `NodeBuilder.keys`.
    var firstKey: Int
}

private struct AnchoredNode {
    var index: Int32
    var size: Int
}
