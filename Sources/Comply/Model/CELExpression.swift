import CEL
import YAML

/// One CEL expression written in a pack, with the place it was written.
///
/// `text` is the expression as YAML reads it (folded and unescaped), the form shown in
/// explanations. `source` is what the compiler parses: its `origin` maps CEL's columns back
/// to the pack file, so a parse or type error points at `file:line:col` of the offending
/// character:
///
/// | written as                       | `source.origin`                                          |
/// |----------------------------------|----------------------------------------------------------|
/// | `when: export.market == "CN"`    | the scalar's first character                             |
/// | `when: 'export.market == "CN"'`  | one column past the opening quote                        |
/// | `when: \|` then indented lines   | column 1 of the first content line; the source text keeps each line's indentation, so every line and column maps back exactly |
///
/// A plain scalar continued over several lines is parsed from its lines as written, for
/// the same reason; CEL treats the line breaks and indentation as the spaces YAML folds
/// them into.
public struct CELExpression: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    /// The YAML scalar holding the expression.
    public var range: SourceRange
    public var source: Source

    public init(text: String, range: SourceRange, source: Source) {
        self.text = text
        self.range = range
        self.source = source
    }

    /// An expression built in code; its source is the text itself, positioned at `range`.
    public init(_ text: String, range: SourceRange = .generated) {
        self.text = text
        self.range = range
        let origin = range.start.line > 0 ? (line: range.start.line, column: range.start.column) : nil
        self.source = Source(text, description: range.file, origin: origin)
    }

    /// The file position (1-based line and column) of a scalar offset into `source.text`,
    /// e.g. the start of a CEL diagnostic's span.
    public func fileLocation(ofOffset offset: Int) -> (line: Int, column: Int) {
        source.fileLineColumn(of: offset)
    }

    /// `file:line:col` of a scalar offset into `source.text`, the form diagnostics print.
    public func fileRange(ofOffset offset: Int) -> SourceRange {
        let (line, column) = fileLocation(ofOffset: offset)
        let mark = Mark(line: line, column: column, offset: range.start.offset)
        return SourceRange(file: range.file, start: mark, end: mark)
    }

    public var description: String { text }
}
