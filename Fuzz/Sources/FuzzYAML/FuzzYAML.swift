import YAML

/// libFuzzer's entry point: loads the bytes as a YAML stream with the default limits, then
/// resolves every scalar under the core schema. Any input may fail with a `YAMLError`;
/// none may crash, hang or leak.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let documents = try YAMLLoader().load(bytes: bytes, file: "fuzz.yaml")
        for document in documents { visit(document) }
    } catch {
        // A located, typed error is the expected outcome for most inputs; reading its
        // description exercises the rendering too.
        _ = error.description
    }
    return 0
}

/// Walks a tree the way a decoder would, touching every scalar's resolved value and range.
private func visit(_ node: Node) {
    switch node.kind {
    case .scalar:
        _ = node.resolvedScalar
        _ = node.range.description
    case .sequence(let items):
        for item in items { visit(item) }
    case .mapping(let entries):
        for entry in entries {
            visit(entry.key)
            visit(entry.value)
        }
    }
}
