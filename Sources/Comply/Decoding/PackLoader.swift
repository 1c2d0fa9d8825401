import YAML

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Finds and loads rule packs from files.
///
/// A pack is one `*.pack.yaml` file, or a folder holding `pack.yaml` and, optionally:
///
/// ```text
/// cn-fresh-fruit/
///   pack.yaml                 metadata, sources, lets, declared tables (and checks, if short)
///   checks/*.yaml             a list of checks, or {checks: [...]}
///   tables/*.csv, *.yaml      tables; a file pack.yaml does not declare becomes the table
///                             named after the file (`permitted_fruit.csv`), its header
///                             typing the columns (`code,from:date`)
///   tests/*.yaml              a list of tests, or {tests: [...]}
/// ```
///
/// ```swift
/// let found = PackLoader().discover(root: "Rules")
/// found.diagnostics.forEach { print($0) }
/// for pack in found.packs { ... }          // the packs that loaded without errors
/// ```
public struct PackLoader: Sendable {
    public var decoder: PackDecoder

    public init(decoder: PackDecoder = PackDecoder()) {
        self.decoder = decoder
    }

    /// Loads one pack: a `*.pack.yaml` (or any YAML) file, or a folder with `pack.yaml`.
    /// The `pack.yaml` of a folder pack stands for its folder, checks, tables and tests
    /// included: naming the file a folder pack is written in loads the whole pack.
    public func load(path: String) -> PackDecodingResult {
        switch Self.entryKind(path) {
        case .directory: return loadFolder(path)
        case .file where Self.isFolderPackFile(path): return loadFolder(Self.folder(ofPackFile: path))
        case .file: return loadFile(path)
        case nil:
            let diagnostic = Diagnostic(
                .error, at: DecodingContext.fileStart(path), "no such file or folder",
                hint: "give a *.pack.yaml file, a folder with pack.yaml, or a folder of packs")
            return PackDecodingResult(pack: nil, diagnostics: [diagnostic])
        }
    }

    /// Every pack under `root` (itself a pack file, a pack folder, or a tree of them). A
    /// folder with `pack.yaml` is one pack; any other `*.pack.yaml` is a pack; folders
    /// whose name starts with `.` and a top-level `schema/` are skipped. A broken pack is
    /// reported and the others still load.
    public func discover(root: String) -> PackCollection {
        var results: [PackDecodingResult] = []
        if Self.entryKind(root) == .directory {
            walk(root, isRoot: true, into: &results)
        } else {
            results.append(load(path: root))
        }
        return PackCollection(results: results)
    }

    private func walk(_ directory: String, isRoot: Bool, into results: inout [PackDecodingResult]) {
        let names = Self.sortedEntries(directory)
        if names.contains("pack.yaml") {
            results.append(loadFolder(directory))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = PathText.join(directory, name)
            switch Self.entryKind(path) {
            case .directory:
                if isRoot && name == "schema" { continue }
                walk(path, isRoot: false, into: &results)
            case .file where name.hasSuffix(".pack.yaml"):
                results.append(loadFile(path))
            default: continue
            }
        }
    }

    /// `…/cn-fresh-fruit/pack.yaml`: the main file of a folder pack.
    static func isFolderPackFile(_ path: String) -> Bool {
        path == "pack.yaml" || path.hasSuffix("/pack.yaml")
    }

    private static func folder(ofPackFile path: String) -> String {
        let folder = PathText.directory(of: path)
        return folder.isEmpty ? "." : folder
    }

    private func loadFile(_ path: String) -> PackDecodingResult {
        guard let bytes = decoder.readFile(path) else {
            let diagnostic = Diagnostic(
                .error, at: DecodingContext.fileStart(path), "cannot read the file",
                hint: "check that it exists and is readable")
            return PackDecodingResult(pack: nil, diagnostics: [diagnostic])
        }
        return decoder.decode(bytes: bytes, file: path)
    }

    private func loadFolder(_ directory: String) -> PackDecodingResult {
        let packFile = PathText.join(directory, "pack.yaml")
        guard let bytes = decoder.readFile(packFile) else {
            let diagnostic = Diagnostic(
                .error, at: DecodingContext.fileStart(packFile), "cannot read the pack's pack.yaml",
                hint: "a pack folder holds pack.yaml with the pack's id, version and title")
            return PackDecodingResult(pack: nil, diagnostics: [diagnostic])
        }
        var diagnostics = DiagnosticBag()
        var context = DecodingContext(file: packFile, sourceBytes: bytes)
        let document = context.singleDocument(bytes)
        var pack = document.flatMap { context.pack($0, decoder: decoder) }
        diagnostics.append(contentsOf: context.bag.diagnostics)
        pack?.directory = directory

        for file in yamlFiles(in: PathText.join(directory, "checks")) {
            let checks = decodeListFile(file, key: "checks", into: &diagnostics) { context, node in
                context.checks(node)
            }
            pack?.checks += checks
        }
        let declaredFiles = Set(
            (pack?.tables ?? []).compactMap { table in table.file.map { PathText.join(directory, $0) } })
        let tablesDirectory = PathText.join(directory, "tables")
        for name in Self.sortedEntries(tablesDirectory) where !name.hasPrefix(".") {
            let path = PathText.join(tablesDirectory, name)
            guard !declaredFiles.contains(path), let table = undeclaredTable(path, name, into: &diagnostics)
            else {
                continue
            }
            pack?.tables.append(table)
        }
        for file in yamlFiles(in: PathText.join(directory, "tests")) {
            let tests = decodeListFile(file, key: "tests", into: &diagnostics) { context, node in
                context.packTests(node)
            }
            pack?.tests += tests
        }
        return decoder.finish(pack, diagnostics)
    }

    /// A file holding a list, or a mapping with the list under `key`.
    private func decodeListFile<Item>(
        _ path: String, key: String, into diagnostics: inout DiagnosticBag,
        decode: (inout DecodingContext, Node) -> [Item]
    ) -> [Item] {
        guard let bytes = decoder.readFile(path) else {
            diagnostics.error(DecodingContext.fileStart(path), "cannot read the file")
            return []
        }
        var context = DecodingContext(file: path, sourceBytes: bytes)
        defer { diagnostics.append(contentsOf: context.bag.diagnostics) }
        guard let document = context.singleDocument(bytes) else { return [] }
        if document.mapping != nil {
            guard
                let reader = MappingReader(
                    document, what: "a \(key) file", allowed: [key], context: &context),
                let list = reader.required(key, context: &context)
            else { return [] }
            return decode(&context, list)
        }
        return decode(&context, document)
    }

    private func undeclaredTable(
        _ path: String, _ name: String, into diagnostics: inout DiagnosticBag
    ) -> Table? {
        let isCSV = name.hasSuffix(".csv")
        guard isCSV || name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
        let stem = String(name.prefix(upTo: name.lastIndex(of: ".") ?? name.endIndex))
        guard let bytes = decoder.readFile(path) else {
            diagnostics.error(DecodingContext.fileStart(path), "cannot read the table file")
            return nil
        }
        var context = DecodingContext(file: path, sourceBytes: bytes)
        defer { diagnostics.append(contentsOf: context.bag.diagnostics) }
        guard Identifiers.isCELName(stem) else {
            context.error(
                DecodingContext.fileStart(path),
                "the table file name \"\(stem)\" is not a CEL name, so no rule could use it",
                hint:
                    "rename it to \(String(stem.map { $0.isLetter || $0.isNumber ? $0 : "_" })).\(isCSV ? "csv" : "yaml"), or declare it in pack.yaml under tables: with file:"
            )
            return nil
        }
        return context.undeclaredTable(named: stem, bytes: bytes, path: path)
    }

    private func yamlFiles(in directory: String) -> [String] {
        Self.sortedEntries(directory).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .filter { !$0.hasPrefix(".") }.map { PathText.join(directory, $0) }
    }

    enum EntryKind {
        case file
        case directory
    }

    static func entryKind(_ path: String) -> EntryKind? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let type = attributes[.type] as? FileAttributeType
        else { return nil }
        return type == .typeDirectory ? .directory : .file
    }

    /// The names in a directory, sorted so that packs load in the same order everywhere;
    /// empty when it does not exist.
    static func sortedEntries(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}
