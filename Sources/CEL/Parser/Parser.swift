// PLACEHOLDER — replaced by the parser work (lexer, recursive descent, macros).
struct Parser {
    var source: Source
    var options: ParserOptions

    init(source: Source, options: ParserOptions) {
        self.source = source
        self.options = options
    }

    func parse() throws(CompileError) -> AST {
        throw CompileError(source: source, diagnostics: [
            Diagnostic(phase: .parse, message: "parser not built yet", span: Span(start: 0, end: 0))
        ])
    }
}
