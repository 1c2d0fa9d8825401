import YAML

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Decodes a rule pack from YAML into a ``RulePack``, reporting every problem at once.
///
/// ```swift
/// let decoder = PackDecoder()
/// let result = decoder.decode(yaml: text, file: "Rules/sps/cn-fresh-fruit.pack.yaml")
/// for diagnostic in result.diagnostics { print(diagnostic) }
/// // Rules/sps/cn-fresh-fruit.pack.yaml:14:5: error: unknown key "severty" in a check
/// //   hint: did you mean "severity"?
/// if let pack = result.usablePack { ... }
/// ```
///
/// Tables with `file:` are read through ``readFile``, relative to the pack file. CEL is
/// carried, not checked: the compiler parses and type-checks it.
public struct PackDecoder: Sendable {
    /// Reads a file by path, or returns nil when it cannot.
    public typealias FileReader = @Sendable (_ path: String) -> [UInt8]?

    public var readFile: FileReader

    public init(readFile: @escaping FileReader = PackDecoder.readFromDisk) {
        self.readFile = readFile
    }

    public static let readFromDisk: FileReader = { path in
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    static let packKeys = [
        "pack", "version", "title", "description", "domain", "jurisdiction", "effective", "reviewed",
        "provisional",
        "disclaimer", "requires", "sources", "tables", "let", "checks", "tests", "tags", "schema",
    ]

    /// Decodes a single-file pack from its text.
    public func decode(yaml text: String, file: String) -> PackDecodingResult {
        decode(bytes: Array(text.utf8), file: file)
    }

    /// Decodes a single-file pack (or a folder's `pack.yaml` on its own) from its bytes.
    public func decode(bytes: [UInt8], file: String) -> PackDecodingResult {
        var context = DecodingContext(file: file, sourceBytes: bytes)
        guard let document = context.singleDocument(bytes) else {
            return PackDecodingResult(pack: nil, diagnostics: context.bag.diagnostics)
        }
        let pack = context.pack(document, decoder: self)
        return finish(pack, context.bag)
    }

    /// Decodes a pack from a node already loaded; pass the file's bytes so that CEL in
    /// block scalars maps back to exact columns.
    public func decode(_ node: Node, file: String, sourceBytes: [UInt8]? = nil) -> PackDecodingResult {
        var context = DecodingContext(file: file, sourceBytes: sourceBytes)
        let pack = context.pack(node, decoder: self)
        return finish(pack, context.bag)
    }

    /// Diagnostics sorted by file (in order of first appearance), then line and column, so
    /// an author reads them top to bottom whatever order the decoder found them in.
    static func inDocumentOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var fileOrder: [String: Int] = [:]
        for diagnostic in diagnostics where fileOrder[diagnostic.range.file] == nil {
            fileOrder[diagnostic.range.file] = fileOrder.count
        }
        return diagnostics.enumerated().sorted { left, right in
            let a = left.element.range
            let b = right.element.range
            let keyA = (fileOrder[a.file] ?? 0, a.start.line, a.start.column, left.offset)
            let keyB = (fileOrder[b.file] ?? 0, b.start.line, b.start.column, right.offset)
            return keyA < keyB
        }.map(\.element)
    }

    func finish(_ pack: RulePack?, _ bag: DiagnosticBag) -> PackDecodingResult {
        var bag = bag
        if let pack { PackValidation.validate(pack, into: &bag) }
        return PackDecodingResult(pack: pack, diagnostics: Self.inDocumentOrder(bag.diagnostics))
    }
}
