/// Nodes stored flat, in the order they were finished (children before their collection).
///
/// A load's `text` starts with a copy of its input, so that most scalars are slices of it.
/// The loader appends to one table per load; `Node(kind:range:)` builds a small one by
/// copying the nodes it is given.
struct NodeTable: Sendable {
    var files: [String] = []
    var records: [NodeRecord] = []
    /// Children of collections: a sequence's items; a mapping's keys and values, alternating.
    var links: [Int32] = []
    /// The content of every scalar, one after another.
    var text: [UInt8] = []
    var properties: [NodeProperties] = []

    subscript(index: Int32) -> NodeRecord {
        _read { yield records[Int(index)] }
    }

    /// The child at `position` of the collection `record`.
    @inline(__always)
    func link(_ record: NodeRecord, _ position: Int) -> Int32 {
        links[Int(record.first) + position]
    }

    func withText<Result, Failure: Error>(
        of record: NodeRecord, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try text.withUnsafeBufferPointer { (all) throws(Failure) -> Result in
            try body(UnsafeBufferPointer(rebasing: all[Int(record.first)..<Int(record.first + record.count)]))
        }
    }

    func string(of record: NodeRecord) -> String {
        guard record.count > 0 else { return "" }
        return text.withUnsafeBufferPointer { all in
            String(decoding: all[Int(record.first)..<Int(record.first + record.count)], as: UTF8.self)
        }
    }

    /// Whether a scalar's content is exactly these bytes.
    func text(of record: NodeRecord, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard record.count == bytes.count else { return false }
        return text.withUnsafeBufferPointer { all in
            all[Int(record.first)..<Int(record.first + record.count)].elementsEqual(bytes)
        }
    }

    func range(of record: NodeRecord) -> SourceRange {
        SourceRange(file: files[Int(record.file)], start: record.start, end: record.end)
    }

    func tag(of record: NodeRecord) -> String? {
        record.properties < 0 ? nil : properties[Int(record.properties)].tag
    }

    func anchor(of record: NodeRecord) -> String? {
        record.properties < 0 ? nil : properties[Int(record.properties)].anchor
    }

    func scalar(_ record: NodeRecord) -> Scalar {
        Scalar(text: string(of: record), style: record.style)
    }

    // MARK: - Appending

    /// The index that `tag` and `anchor` get in `properties`, or -1 when both are nil.
    mutating func appendProperties(tag: String?, anchor: String?) -> Int32 {
        guard tag != nil || anchor != nil else { return -1 }
        properties.append(NodeProperties(tag: tag, anchor: anchor))
        return Int32(properties.count - 1)
    }

    mutating func appendScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, file: Int32, start: Mark, end: Mark,
        properties: Int32
    ) -> Int32 {
        let first = Int32(truncatingIfNeeded: text.count)
        text.append(contentsOf: bytes)
        records.append(
            NodeRecord(
                shape: .scalar, style: style, file: file, properties: properties, start: start, end: end,
                first: first, count: Int32(truncatingIfNeeded: bytes.count)))
        return Int32(truncatingIfNeeded: records.count - 1)
    }

    /// Appends a plain scalar without tag or anchor whose content is already in `text`.
    mutating func appendScalar(inTextAt offset: Int, count: Int, file: Int32, start: Mark, end: Mark) -> Int32
    {
        records.append(
            NodeRecord(
                shape: .scalar, style: .plain, file: file, properties: -1, start: start, end: end,
                first: Int32(truncatingIfNeeded: offset), count: Int32(truncatingIfNeeded: count)))
        return Int32(truncatingIfNeeded: records.count - 1)
    }

    /// Appends a collection whose children were appended to `links` from `first`.
    mutating func appendCollection(
        _ shape: NodeRecord.Shape, file: Int32, start: Mark, end: Mark, properties: Int32, first: Int32
    ) -> Int32 {
        records.append(
            NodeRecord(
                shape: shape, style: .plain, file: file, properties: properties, start: start, end: end,
                first: first, count: Int32(truncatingIfNeeded: links.count) - first))
        return Int32(truncatingIfNeeded: records.count - 1)
    }

    // MARK: - Building from values

    mutating func fileIndex(_ name: String) -> Int32 {
        if let known = files.firstIndex(of: name) { return Int32(known) }
        files.append(name)
        return Int32(files.count - 1)
    }

    /// Appends a node made from a kind whose children live in other tables, copying them.
    mutating func append(kind: Node.Kind, range: SourceRange, tag: String?, anchor: String?) -> Int32 {
        let file = fileIndex(range.file)
        switch kind {
        case .scalar(let scalar):
            let properties = appendProperties(tag: tag, anchor: anchor)
            var text = scalar.text
            return text.withUTF8 { bytes in
                appendScalar(
                    bytes, style: scalar.style, file: file, start: range.start, end: range.end,
                    properties: properties)
            }
        case .sequence(let items):
            let children = items.map { copy($0.index, from: $0.arena.table) }
            return appendCollection(
                .sequence, children: children, file: file, range: range, tag: tag, anchor: anchor)
        case .mapping(let entries):
            var children: [Int32] = []
            for entry in entries {
                children.append(copy(entry.key.index, from: entry.key.arena.table))
                children.append(copy(entry.value.index, from: entry.value.arena.table))
            }
            return appendCollection(
                .mapping, children: children, file: file, range: range, tag: tag, anchor: anchor)
        }
    }

    private mutating func appendCollection(
        _ shape: NodeRecord.Shape, children: [Int32], file: Int32, range: SourceRange, tag: String?,
        anchor: String?
    ) -> Int32 {
        let properties = appendProperties(tag: tag, anchor: anchor)
        let first = Int32(links.count)
        links.append(contentsOf: children)
        return appendCollection(
            shape, file: file, start: range.start, end: range.end, properties: properties, first: first)
    }

    /// Copies the node `index` of `source`, with everything under it, and returns its new index.
    mutating func copy(_ index: Int32, from source: NodeTable) -> Int32 {
        let record = source[index]
        let file = fileIndex(source.files[Int(record.file)])
        let properties =
            record.properties < 0
            ? -1 : appendProperties(tag: source.tag(of: record), anchor: source.anchor(of: record))
        switch record.shape {
        case .scalar:
            return source.text.withUnsafeBufferPointer { all in
                appendScalar(
                    UnsafeBufferPointer(rebasing: all[Int(record.first)..<Int(record.first + record.count)]),
                    style: record.style, file: file, start: record.start, end: record.end,
                    properties: properties)
            }
        case .sequence, .mapping:
            let children = (0..<Int(record.count)).map { copy(source.link(record, $0), from: source) }
            let first = Int32(links.count)
            links.append(contentsOf: children)
            return appendCollection(
                record.shape, file: file, start: record.start, end: record.end, properties: properties,
                first: first)
        }
    }
}
