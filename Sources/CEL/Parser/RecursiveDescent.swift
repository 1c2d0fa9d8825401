/// The grammar of cel-spec's `langdef.md`, one function per production:
///
///     Expr           = ConditionalOr ["?" ConditionalOr ":" Expr]
///     ConditionalOr  = [ConditionalOr "||"] ConditionalAnd
///     ConditionalAnd = [ConditionalAnd "&&"] Relation
///     Relation       = [Relation Relop] Addition
///     Addition       = [Addition ("+" | "-")] Multiplication
///     Multiplication = [Multiplication ("*" | "/" | "%")] Unary
///     Unary          = Member | "!" {"!"} Member | "-" {"-"} Member
///     Member         = Primary | Member "." ["?"] IDENT ["(" [ExprList] ")"]
///                    | Member "[" ["?"] Expr "]"
///     Primary        = ["."] IDENT ["(" [ExprList] ")"] | ["."] IDENT {"." IDENT} "{" [FieldInits] "}"
///                    | "(" Expr ")" | "[" [ListInits] [","] "]" | "{" [MapInits] [","] "}" | LITERAL
///
/// A syntax error stops the parse (``Abort``); problems that leave the structure
/// intact (a reserved name, an out-of-range literal, a bad macro argument) are
/// recorded and parsing goes on, so that one run reports them all.
struct RecursiveDescent {
    /// Thrown to unwind the parse after a syntax error has been recorded.
    struct Abort: Error {}

    let source: Source
    let tokens: [Token]
    let options: ParserOptions
    private(set) var diagnostics: [Diagnostic]
    var macroCalls: [ExprID: Expr] = [:]
    private var index = 0
    private var lastID: ExprID = 0
    /// The height of each node's subtree, by id (ids are sequential from 1).
    private var heights: [Int] = [0]
    /// How many ``parseExpression`` calls are active.
    private var depth = 0

    static let reservedWords: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    ]

    init(source: Source, tokens: [Token], options: ParserOptions, diagnostics: [Diagnostic]) {
        self.source = source
        self.tokens = tokens.isEmpty ? [Token(kind: .end, span: Span(start: 0, end: 0))] : tokens
        self.options = options
        self.diagnostics = diagnostics
    }

    /// The whole input as one expression; `nil` after a syntax error.
    mutating func parseWholeExpression() -> Expr? {
        do {
            let expression = try parseExpression()
            guard current.kind == .end else {
                throw syntaxError(expected: "an operator or the end of the expression")
            }
            return expression
        } catch {
            return nil
        }
    }

    // MARK: - Tokens

    var current: Token { tokens[index] }

    func peek(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func accept(_ kind: Token.Kind) -> Token? {
        current.kind == kind ? advance() : nil
    }

    /// The closing bracket of `opening`, or a syntax error naming where it was opened.
    mutating func expectClosing(
        _ kind: Token.Kind, opening: Token, alternatives: String? = nil
    ) throws(Abort)
        -> Token
    {
        if let token = accept(kind) { return token }
        let (line, column) = source.lineColumn(of: opening.span.start)
        let place = line == 1 ? "column \(column)" : "line \(line), column \(column)"
        let closing = kind.display
        let expected = alternatives.map { "\($0) or \(closing)" } ?? closing
        throw syntaxError(expected: "\(expected) to close the \(opening.kind.display) at \(place)")
    }

    // MARK: - Diagnostics

    mutating func report(_ message: String, _ span: Span, hint: String? = nil) {
        guard diagnostics.count < Parser.maxDiagnostics else { return }
        diagnostics.append(Diagnostic(phase: .parse, message: message, span: span, hint: hint))
    }

    /// Records "unexpected X, expected Y" at the current token, unless the lexer has
    /// already explained that token, and returns the error that unwinds the parse.
    mutating func syntaxError(expected: String, hint: String? = nil) -> Abort {
        let token = current
        if token.kind != .invalid {
            report(
                "Syntax error: unexpected \(described(token)), expected \(expected)", token.span,
                hint: hint ?? Self.hint(for: token.kind))
        }
        return Abort()
    }

    /// A token as a message names it, quoting a literal's text (shortened if long).
    private func described(_ token: Token) -> String {
        switch token.kind {
        case .int, .uint, .double, .string, .bytes:
            let scalars = source.scalars[token.span.start..<min(token.span.end, source.scalars.count)]
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars.prefix(24))
            let shown = String(text) + (scalars.count > 24 ? "…" : "")
            return "\(token.kind.display) \(shown)"
        default:
            return token.kind.display
        }
    }

    private static func hint(for kind: Token.Kind) -> String? {
        switch kind {
        case .identifier(let name) where reservedWords.contains(name):
            return "'\(name)' is a reserved word in CEL"
        case .inKeyword, .trueLiteral, .falseLiteral, .nullLiteral:
            return "\(kind.display) is a keyword; to select a field of that name write a.`name`"
        default:
            return nil
        }
    }

    // MARK: - Nodes

    mutating func nextID() -> ExprID {
        lastID += 1
        return lastID
    }

    mutating func node(_ kind: ExprKind, _ span: Span) -> Expr {
        let id = nextID()
        heights.append(1 + kind.childIDs.reduce(0) { max($0, height(of: $1)) })
        return Expr(id: id, span: span, kind: kind)
    }

    /// How many levels a node's subtree has (1 for a leaf).
    func height(of id: ExprID) -> Int {
        id > 0 && id < heights.count ? heights[id] : 0
    }

    mutating func call(_ function: String, _ args: [Expr], _ span: Span, target: Expr? = nil) -> Expr {
        node(.call(function: function, target: target, args: args), span)
    }

    // MARK: - Depth

    /// Counts one level of nested sub-expressions (parentheses, arguments,
    /// elements); past `maxDepth` the parse stops before it exhausts the stack.
    private mutating func descend(at span: Span) throws(Abort) {
        depth += 1
        guard depth <= options.maxDepth else { throw tooDeep(span) }
    }

    /// `expr`, unless its tree is deeper than `maxDepth`: later phases walk the tree
    /// recursively, so a long chain (`a.b.c…`, `1 + 1 + …`, `!!!…x`) is refused as
    /// soon as it grows past the limit.
    private mutating func checked(_ expr: Expr) throws(Abort) -> Expr {
        guard height(of: expr.id) <= options.maxDepth else { throw tooDeep(expr.span) }
        return expr
    }

    private mutating func tooDeep(_ span: Span) -> Abort {
        report(
            "expression nests more than \(options.maxDepth) levels deep", span,
            hint: "split the condition into smaller named parts")
        return Abort()
    }

    // MARK: - Expr

    mutating func parseExpression() throws(Abort) -> Expr {
        try descend(at: current.span)
        defer { depth -= 1 }
        let condition = try parseBinaryExpression()
        guard accept(.question) != nil else { return condition }
        let then = try parseBinaryExpression()
        guard accept(.colon) != nil else {
            throw syntaxError(expected: "':' (a conditional needs both branches: c ? a : b)")
        }
        let otherwise = try parseExpression()
        return try checked(
            call(Operator.conditional, [condition, then, otherwise], condition.span.union(otherwise.span)))
    }

    // MARK: - ConditionalOr, ConditionalAnd, Relation, Addition, Multiplication

    /// An operand of a binary chain: a finished tree, or a run of `&&` or `||`
    /// terms still open to more, which becomes a balanced tree (as cel-go builds
    /// it) once something else needs it.
    private enum Operand {
        case tree(Expr)
        case logical(function: String, terms: [Expr])
        /// Momentarily, while a run's terms are extended in place.
        case moved

        /// Adds a term to a run of `function`, without copying the run; `false` if
        /// this operand is not such a run.
        mutating func extend(_ function: String, with term: Expr) -> Bool {
            guard case .logical(function, var terms) = self else { return false }
            self = .moved
            terms.append(term)
            self = .logical(function: function, terms: terms)
            return true
        }
    }

    /// All five binary precedence levels at once, by operator precedence, so that
    /// a nested sub-expression costs a few stack frames rather than one per level.
    private mutating func parseBinaryExpression() throws(Abort) -> Expr {
        var operands: [Operand] = [.tree(try parseUnary())]
        var operators: [(function: String, precedence: Int)] = []
        while let (function, precedence) = Self.binaryOperator(current.kind) {
            advance()
            while let top = operators.last, top.precedence >= precedence {
                operators.removeLast()
                try reduce(&operands, top.function)
            }
            operators.append((function, precedence))
            operands.append(.tree(try parseUnary()))
        }
        while let top = operators.popLast() {
            try reduce(&operands, top.function)
        }
        return try finished(operands.removeLast())
    }

    private mutating func reduce(_ operands: inout [Operand], _ function: String) throws(Abort) {
        let right = try finished(operands.removeLast())
        let isLogical = function == Operator.logicalAnd || function == Operator.logicalOr
        if isLogical, operands[operands.count - 1].extend(function, with: right) {
            return
        }
        let left = operands.removeLast()
        if isLogical {
            operands.append(.logical(function: function, terms: [try finished(left), right]))
            return
        }
        let leftTree = try finished(left)
        operands.append(
            .tree(try checked(call(function, [leftTree, right], leftTree.span.union(right.span)))))
    }

    private mutating func finished(_ operand: Operand) throws(Abort) -> Expr {
        switch operand {
        case .tree(let expr): return expr
        case .logical(let function, let terms): return try checked(balanced(terms[...], function: function))
        case .moved: return node(.constant(.null), Span(start: 0, end: 0))
        }
    }

    private mutating func balanced(_ terms: ArraySlice<Expr>, function: String) -> Expr {
        guard terms.count > 1, let first = terms.first, let last = terms.last else {
            return terms.first ?? node(.constant(.null), Span(start: 0, end: 0))
        }
        let middle = terms.startIndex + terms.count / 2
        let left = balanced(terms[..<middle], function: function)
        let right = balanced(terms[middle...], function: function)
        return call(function, [left, right], first.span.union(last.span))
    }

    /// The function and precedence (higher binds tighter) of a binary operator token.
    private static func binaryOperator(_ kind: Token.Kind) -> (String, Int)? {
        switch kind {
        case .or: return (Operator.logicalOr, 1)
        case .and: return (Operator.logicalAnd, 2)
        case .less: return (Operator.less, 3)
        case .lessEqual: return (Operator.lessEquals, 3)
        case .greater: return (Operator.greater, 3)
        case .greaterEqual: return (Operator.greaterEquals, 3)
        case .equal: return (Operator.equals, 3)
        case .notEqual: return (Operator.notEquals, 3)
        case .inKeyword: return (Operator.in, 3)
        case .plus: return (Operator.add, 4)
        case .minus: return (Operator.subtract, 4)
        case .star: return (Operator.multiply, 5)
        case .slash: return (Operator.divide, 5)
        case .percent: return (Operator.modulo, 5)
        default: return nil
        }
    }

    // MARK: - Unary

    private mutating func parseUnary() throws(Abort) -> Expr {
        var operators: [Token] = []
        if current.kind == .bang {
            while current.kind == .bang { operators.append(advance()) }
        } else {
            // A `-` right before a number belongs to the literal (see parsePrimary).
            while current.kind == .minus, !peek(1).kind.takesSign { operators.append(advance()) }
        }
        var operand = try parseMember()
        for operatorToken in operators.reversed() {
            let function = operatorToken.kind == .bang ? Operator.logicalNot : Operator.negate
            operand = try checked(call(function, [operand], operatorToken.span.union(operand.span)))
        }
        return operand
    }

    // MARK: - Member

    private mutating func parseMember() throws(Abort) -> Expr {
        var expression = try parsePrimary()
        while true {
            switch current.kind {
            case .dot:
                advance()
                expression = try checked(parseSelection(of: expression))
            case .leftBracket:
                let open = advance()
                let isOptional = acceptOptionalMarker()
                let index = try parseExpression()
                let close = try expectClosing(.rightBracket, opening: open)
                let function = isOptional ? Operator.optionalIndex : Operator.index
                expression = try checked(
                    call(function, [expression, index], expression.span.union(close.span)))
            default:
                return expression
            }
        }
    }

    /// After `operand.`: a field, an optional field (`.?f`) or a method call (`.f(…)`).
    private mutating func parseSelection(of operand: Expr) throws(Abort) -> Expr {
        let isOptional = acceptOptionalMarker()
        let fieldToken = current
        let field: String
        switch fieldToken.kind {
        case .identifier(let name):
            field = name
        case .quotedIdentifier(let name):
            field = name
        default:
            var hint: String?
            if case .constant(.int) = operand.kind {
                hint = "a double needs digits after the point, e.g. 1.0"
            }
            throw syntaxError(expected: "a field or function name after '.'", hint: hint)
        }
        advance()
        let span = operand.span.union(fieldToken.span)
        if isOptional {
            let name = node(.constant(.string(field)), fieldToken.span)
            return call(Operator.optionalSelect, [operand, name], span)
        }
        if case .identifier = fieldToken.kind, current.kind == .leftParen {
            let (args, close) = try parseArguments()
            return callOrMacro(field, target: operand, args: args, span: operand.span.union(close.span))
        }
        return node(.select(operand: operand, field: field, testOnly: false), span)
    }

    /// The `?` of `.?f`, `[?i]`, `[?e]` and `{?k: v}`, if present.
    private mutating func acceptOptionalMarker() -> Bool {
        guard let marker = accept(.question) else { return false }
        if !options.enableOptionalSyntax {
            report(
                "optional syntax '?' is not enabled", marker.span,
                hint: "enable the optionals library to use .?field, [?index] and ?entries")
        }
        return true
    }

    private mutating func parseArguments() throws(Abort) -> (args: [Expr], close: Token) {
        guard let open = accept(.leftParen) else { throw syntaxError(expected: "'('") }
        var args: [Expr] = []
        if current.kind != .rightParen {
            repeat {
                args.append(try parseExpression())
            } while accept(.comma) != nil
        }
        let close = try expectClosing(.rightParen, opening: open, alternatives: args.isEmpty ? nil : "','")
        return (args, close)
    }

    // MARK: - Primary

    private mutating func parsePrimary() throws(Abort) -> Expr {
        let token = current
        switch token.kind {
        case .identifier:
            return try parseName(leadingDot: nil)
        case .dot:
            advance()
            guard case .identifier = current.kind else {
                throw syntaxError(expected: "a name after the leading '.'")
            }
            return try parseName(leadingDot: token)
        case .leftParen:
            advance()
            var inner = try parseExpression()
            let close = try expectClosing(.rightParen, opening: token)
            inner.span = token.span.union(close.span)
            return inner
        case .leftBracket:
            return try parseList()
        case .leftBrace:
            return try parseMap()
        case .minus where peek(1).kind.takesSign:
            advance()
            return literal(current: advance(), negatedBy: token)
        case .int, .uint, .double, .string, .bytes, .trueLiteral, .falseLiteral, .nullLiteral:
            return literal(current: advance(), negatedBy: nil)
        case .quotedIdentifier:
            throw syntaxError(
                expected: "an expression", hint: "a backquoted name can only select a field: a.`name`")
        case .minus, .bang:
            throw syntaxError(
                expected: "an expression",
                hint: "'!' and '-' cannot be mixed without parentheses: write !(-x) or -(!x)")
        default:
            throw syntaxError(expected: "an expression")
        }
    }

    private mutating func literal(current token: Token, negatedBy sign: Token?) -> Expr {
        let span = sign.map { $0.span.union(token.span) } ?? token.span
        let constant: Constant
        switch token.kind {
        case .int(let magnitude):
            let limit = sign == nil ? UInt64(Int64.max) : UInt64(Int64.max) + 1
            if let magnitude, magnitude <= limit {
                constant = .int(sign == nil ? Int64(magnitude) : Int64(truncatingIfNeeded: 0 &- magnitude))
            } else {
                report(
                    "integer literal is out of the range of int (64-bit signed)", span,
                    hint:
                        "ints range from -9223372036854775808 to 9223372036854775807; use a uint (suffix u) "
                        + "up to 18446744073709551615, or a double")
                constant = .int(0)
            }
        case .uint(let value):
            if let value {
                constant = .uint(value)
            } else {
                report("uint literal is out of the range of uint (64-bit unsigned)", span)
                constant = .uint(0)
            }
        case .double(let value):
            if let value {
                constant = .double(sign == nil ? value : -value)
            } else {
                report("double literal is out of the range of a 64-bit double", span)
                constant = .double(0)
            }
        case .string(let text): constant = .string(text)
        case .bytes(let bytes): constant = .bytes(bytes)
        case .trueLiteral: constant = .bool(true)
        case .falseLiteral: constant = .bool(false)
        default: constant = .null
        }
        return node(.constant(constant), span)
    }

    /// An identifier, a global call, or a message construction `a.b.Name{…}`,
    /// starting at an identifier (after the leading dot, if any).
    private mutating func parseName(leadingDot: Token?) throws(Abort) -> Expr {
        let nameToken = advance()
        guard case .identifier(let name) = nameToken.kind else { throw syntaxError(expected: "a name") }
        let prefix = leadingDot == nil ? "" : "."
        let start = leadingDot?.span.start ?? nameToken.span.start
        var parts = [name]
        var lookahead = 0
        while peek(lookahead).kind == .dot, case .identifier(let part) = peek(lookahead + 1).kind {
            parts.append(part)
            lookahead += 2
        }
        if peek(lookahead).kind == .leftBrace {
            for _ in 0..<lookahead { advance() }
            return try parseStructure(typeName: prefix + parts.joined(separator: "."), start: start)
        }
        if Self.reservedWords.contains(name) {
            report(
                "'\(name)' is a reserved word and cannot be used as a name", nameToken.span,
                hint: "rename the variable or function; a field of that name can still be selected: a.\(name)"
            )
        }
        let span = Span(start: start, end: nameToken.span.end)
        if current.kind == .leftParen {
            let (args, close) = try parseArguments()
            let callSpan = Span(start: start, end: close.span.end)
            if leadingDot != nil {
                return call(prefix + name, args, callSpan)
            }
            return callOrMacro(name, target: nil, args: args, span: callSpan)
        }
        return node(.ident(prefix + name), span)
    }

    private mutating func parseList() throws(Abort) -> Expr {
        let open = advance()
        var elements: [Expr] = []
        var optionalIndices: [Int] = []
        while current.kind != .rightBracket {
            if acceptOptionalMarker() { optionalIndices.append(elements.count) }
            elements.append(try parseExpression())
            if accept(.comma) == nil { break }
        }
        let close = try expectClosing(
            .rightBracket, opening: open, alternatives: elements.isEmpty ? nil : "','")
        return node(.list(elements: elements, optionalIndices: optionalIndices), open.span.union(close.span))
    }

    private mutating func parseMap() throws(Abort) -> Expr {
        let open = advance()
        var entries: [MapEntry] = []
        while current.kind != .rightBrace {
            let entryStart = current.span.start
            let isOptional = acceptOptionalMarker()
            let key = try parseExpression()
            guard accept(.colon) != nil else {
                throw syntaxError(expected: "':' after the map key")
            }
            let value = try parseExpression()
            let span = Span(start: entryStart, end: value.span.end)
            entries.append(MapEntry(id: nextID(), span: span, key: key, value: value, isOptional: isOptional))
            if accept(.comma) == nil { break }
        }
        let close = try expectClosing(.rightBrace, opening: open, alternatives: entries.isEmpty ? nil : "','")
        return node(.map(entries: entries), open.span.union(close.span))
    }

    private mutating func parseStructure(typeName: String, start: Int) throws(Abort) -> Expr {
        let open = advance()
        var fields: [FieldInitializer] = []
        while current.kind != .rightBrace {
            let fieldStart = current.span.start
            let isOptional = acceptOptionalMarker()
            let field: String
            switch current.kind {
            case .identifier(let name), .quotedIdentifier(let name):
                field = name
                advance()
            default:
                throw syntaxError(expected: "a field name")
            }
            guard accept(.colon) != nil else {
                throw syntaxError(expected: "':' after the field name")
            }
            let value = try parseExpression()
            let span = Span(start: fieldStart, end: value.span.end)
            fields.append(
                FieldInitializer(id: nextID(), span: span, field: field, value: value, isOptional: isOptional)
            )
            if accept(.comma) == nil { break }
        }
        let close = try expectClosing(.rightBrace, opening: open, alternatives: fields.isEmpty ? nil : "','")
        return node(.structure(typeName: typeName, fields: fields), Span(start: start, end: close.span.end))
    }
}

extension ExprKind {
    /// The ids of a node's direct sub-expressions.
    fileprivate var childIDs: [ExprID] {
        switch self {
        case .constant, .ident: return []
        case .select(let operand, _, _): return [operand.id]
        case .call(_, let target, let args): return (target.map { [$0.id] } ?? []) + args.map(\.id)
        case .list(let elements, _): return elements.map(\.id)
        case .map(let entries): return entries.flatMap { [$0.key.id, $0.value.id] }
        case .structure(_, let fields): return fields.map(\.value.id)
        case .comprehension(let loop):
            return [loop.iterRange, loop.accuInit, loop.loopCondition, loop.loopStep, loop.result].map(\.id)
        }
    }
}
