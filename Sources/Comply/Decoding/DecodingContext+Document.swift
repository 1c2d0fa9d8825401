import YAML

extension DecodingContext {
    /// The one YAML document of a file; a YAML error, an empty file or a second document
    /// becomes a diagnostic.
    mutating func singleDocument(_ bytes: [UInt8]) -> Node? {
        let documents: [Node]
        do {
            documents = try YAMLLoader().load(bytes: bytes, file: file)
        } catch {
            bag.append(Diagnostic(yamlError: error))
            return nil
        }
        guard let first = documents.first, !first.isNull else {
            self.error(
                Self.fileStart(file), "the file is empty", hint: "a pack file starts with `pack: <id>`")
            return nil
        }
        if documents.count > 1 {
            self.error(
                documents[1].range, "the file holds more than one YAML document",
                hint: "remove the `---` separator; one file holds one pack, one list of checks or one table")
        }
        return first
    }
}

extension Diagnostic {
    /// A YAML loader error as a diagnostic, at its line and column.
    public init(yamlError error: YAMLError) {
        let mark = Mark(line: max(error.line, 1), column: max(error.column, 1), offset: 0)
        self.init(
            .error, at: SourceRange(file: error.file, start: mark, end: mark), error.message, hint: error.hint
        )
    }
}
