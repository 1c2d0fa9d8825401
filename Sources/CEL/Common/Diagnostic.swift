/// One problem found while parsing or type-checking an expression.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Phase: String, Sendable, Hashable {
        case parse
        case check
    }

    public var phase: Phase
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// Where it is wrong.
    public var span: Span
    /// What the author might do about it, if there is something useful to say.
    public var hint: String?

    public init(phase: Phase, message: String, span: Span, hint: String? = nil) {
        self.phase = phase
        self.message = message
        self.span = span
        self.hint = hint
    }

    public var description: String { "\(span.start): \(message)" }
}

/// A failure to compile an expression: every diagnostic found, with the source
/// they point into, so that a caller can render `file:line:col` and a caret.
public struct CompileError: Error, Sendable, CustomStringConvertible {
    public var source: Source
    public var diagnostics: [Diagnostic]

    public init(source: Source, diagnostics: [Diagnostic]) {
        self.source = source
        self.diagnostics = diagnostics
    }

    /// The diagnostics rendered in the style of a compiler:
    ///
    ///     ERROR: <input>:1:6: Syntax error: mismatched input ')'
    ///      | a + (b
    ///      | .....^
    public var description: String {
        diagnostics.map { render($0) }.joined(separator: "\n")
    }

    /// One diagnostic rendered with its location, the offending line and a caret.
    public func render(_ diagnostic: Diagnostic) -> String {
        let (line, column) = source.lineColumn(of: diagnostic.span.start)
        let (fileLine, fileColumn) = source.fileLineColumn(of: diagnostic.span.start)
        var text = "ERROR: \(source.description):\(fileLine):\(fileColumn): \(diagnostic.message)"
        let excerpt = source.lineText(line)
        text += "\n | \(excerpt)"
        text += "\n | " + String(repeating: ".", count: max(0, column - 1)) + "^"
        if let hint = diagnostic.hint {
            text += "\n hint: \(hint)"
        }
        return text
    }
}
