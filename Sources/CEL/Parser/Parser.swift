/// Turns the text of a CEL expression into an ``AST``: lexing, recursive-descent
/// parsing with cel-spec's precedence, and macro expansion.
///
///     let ast = try Parser(source: Source("a.b > 1 && has(c.d)"), options: ParserOptions()).parse()
///
/// Every node gets a unique id (sequential from 1) and the span of the text it was
/// parsed from. Conventions of the tree, beyond those of ``Expr``:
/// - a leading-dot (absolute) name keeps its dot: `.a.b` is `select(ident(".a"), "b")`,
///   `.f(x)` calls `".f"`, and `.a.B{}` builds a structure named `".a.B"`;
/// - a qualified name is a chain of selects on an ident (`a.b.c`); the checker
///   resolves the longest declared prefix;
/// - `&&` and `||` chains are balanced trees, as cel-go builds them, so that long
///   chains stay shallow;
/// - a `-` directly before an int or double literal is folded into it, so
///   `-9223372036854775808` is the smallest int.
///
/// Errors are collected (up to a limit) and thrown together as a ``CompileError``.
struct Parser {
    var source: Source
    var options: ParserOptions
    /// Past this many problems the rest are noise; the first ones say what to fix.
    static let maxDiagnostics = 20

    init(source: Source, options: ParserOptions) {
        self.source = source
        self.options = options
    }

    func parse() throws(CompileError) -> AST {
        guard source.scalars.count <= options.maxLength else {
            let span = Span(start: options.maxLength, end: source.scalars.count)
            let message =
                "expression is \(source.scalars.count) characters long, more than the limit of \(options.maxLength)"
            throw CompileError(
                source: source,
                diagnostics: [
                    Diagnostic(
                        phase: .parse, message: message, span: span,
                        hint: "split the condition into named parts")
                ])
        }
        var lexer = Lexer(scalars: source.scalars)
        let tokens = lexer.tokenize()
        var grammar = RecursiveDescent(
            source: source, tokens: tokens, options: options, diagnostics: lexer.diagnostics)
        let root = grammar.parseWholeExpression()
        var diagnostics = grammar.diagnostics
        if let root, diagnostics.isEmpty {
            return AST(source: source, root: root, macroCalls: grammar.macroCalls)
        }
        if diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    phase: .parse, message: "Syntax error: invalid expression", span: Span(start: 0, end: 0)))
        }
        let ordered = diagnostics.enumerated().sorted {
            ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset)
        }
        throw CompileError(source: source, diagnostics: ordered.prefix(Self.maxDiagnostics).map(\.element))
    }
}
