import YAML

/// Reads the profile schema (JSON Schema written in YAML or JSON) into a ``ProfileSchema``,
/// reporting every mistake at `file:line:col`.
///
/// ```swift
/// do {
///     let schema = try SchemaDecoder().decode(contentsOfFile: "Rules/schema/profile.schema.yaml")
/// } catch {
///     print(error)   // every diagnostic, e.g. "profile.schema.yaml:12:7: error: unknown keyword "patern" …"
/// }
/// ```
///
/// The subset: `type` (object, array, string, number, integer, boolean), `properties`,
/// `required`, `additionalProperties` (false unless written), `items`, `minItems`, `enum`
/// (strings), `pattern`, `format: date`, `minimum`, `maximum`, `title`, `description`
/// (a string or `{en, vi}`), `examples`, `default`, `$comment`, `$defs`, and `$ref` to
/// `#/$defs/Name`. Keys starting with `x-` are extensions; `x-hint` is read.
public struct SchemaDecoder: Sendable {
    public init() {}

    /// Loads and decodes a schema file.
    public func decode(
        contentsOfFile path: String, displayName: String? = nil
    ) throws(DiagnosticError)
        -> ProfileSchema
    {
        let documents: [Node]
        do {
            documents = try YAMLLoader().load(contentsOfFile: path, displayName: displayName)
        } catch {
            throw DiagnosticError([error.diagnostic])
        }
        guard let document = documents.first else {
            let range = SourceRange(file: displayName ?? path, start: .origin, end: .origin)
            throw DiagnosticError([Diagnostic(at: range, "the schema file is empty")])
        }
        return try decode(document)
    }

    /// Decodes a complete schema: its root must be an object schema, and every `$ref`
    /// must name a definition.
    public func decode(_ document: Node) throws(DiagnosticError) -> ProfileSchema {
        var reader = SchemaReader()
        let schema = reader.readSchema(document, isExtension: false)
        if let schema { reader.checkReferences(of: schema) }
        guard let schema, !reader.bag.hasErrors else { throw DiagnosticError(reader.bag.diagnostics) }
        return schema
    }

    /// Decodes a pack's `schema:` extension: `$defs` whose properties are added to the
    /// base definitions of the same name, and top-level `properties`. Types and required
    /// fields are optional here; references are checked when the extension is merged.
    public func decodeExtension(_ node: Node) throws(DiagnosticError) -> ProfileSchema {
        var reader = SchemaReader()
        let schema = reader.readSchema(node, isExtension: true)
        guard let schema, !reader.bag.hasErrors else { throw DiagnosticError(reader.bag.diagnostics) }
        return schema
    }
}

extension YAMLError {
    /// The loader's error as a diagnostic at the same place (line 0 means "no position").
    var diagnostic: Diagnostic {
        let mark = Mark(line: max(line, 1), column: max(column, 1), offset: 0)
        return Diagnostic(.error, at: SourceRange(file: file, start: mark, end: mark), message, hint: hint)
    }
}

extension Mark {
    static let origin = Mark(line: 1, column: 1, offset: 0)
}
