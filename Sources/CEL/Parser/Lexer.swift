/// Splits an expression into tokens, following the lexis of cel-spec's `langdef.md`
/// (and cel-go's `CEL.g4` where the two differ, e.g. `.5` is a double).
///
/// The lexer never fails: text it cannot read becomes an ``Token/Kind/invalid``
/// token and a diagnostic, so that the parser can stop there without repeating
/// the complaint.
struct Lexer {
    let scalars: [Unicode.Scalar]
    var position = 0
    private(set) var diagnostics: [Diagnostic] = []
    /// Past this many problems the rest are noise; the first ones say what to fix.
    static let maxDiagnostics = 20

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Every token of the input, ending with exactly one ``Token/Kind/end``.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = nextToken()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    mutating func report(_ message: String, _ span: Span, hint: String? = nil) {
        guard diagnostics.count < Self.maxDiagnostics else { return }
        diagnostics.append(Diagnostic(phase: .parse, message: message, span: span, hint: hint))
    }

    func scalar(at offset: Int) -> Unicode.Scalar? {
        offset < scalars.count ? scalars[offset] : nil
    }

    private mutating func nextToken() -> Token {
        skipWhitespaceAndComments()
        let start = position
        guard let first = scalar(at: position) else {
            return Token(kind: .end, span: Span(start: start, end: start))
        }
        if first.isDecimalDigit || (first == "." && (scalar(at: position + 1)?.isDecimalDigit ?? false)) {
            return lexNumber()
        }
        if let literal = lexQuotedLiteralIfPresent() {
            return literal
        }
        if first.isIdentifierStart {
            return lexIdentifier()
        }
        if first == "`" {
            return lexQuotedIdentifier()
        }
        return lexPunctuation()
    }

    private mutating func skipWhitespaceAndComments() {
        while let current = scalar(at: position) {
            switch current {
            case " ", "\t", "\n", "\r", "\u{0C}":
                position += 1
            case "/" where scalar(at: position + 1) == "/":
                while let commented = scalar(at: position), commented != "\n" {
                    position += 1
                }
            default:
                return
            }
        }
    }

    private mutating func lexIdentifier() -> Token {
        let start = position
        while let current = scalar(at: position), current.isIdentifierContinuation {
            position += 1
        }
        let name = text(start, position)
        let span = Span(start: start, end: position)
        switch name {
        case "true": return Token(kind: .trueLiteral, span: span)
        case "false": return Token(kind: .falseLiteral, span: span)
        case "null": return Token(kind: .nullLiteral, span: span)
        case "in": return Token(kind: .inKeyword, span: span)
        default: return Token(kind: .identifier(name), span: span)
        }
    }

    /// `` `name` ``: a field name that is not an identifier (`content-type`, `foo.txt`).
    private mutating func lexQuotedIdentifier() -> Token {
        let start = position
        position += 1
        let nameStart = position
        while let current = scalar(at: position), current.isQuotedIdentifierCharacter {
            position += 1
        }
        let nameEnd = position
        guard scalar(at: position) == "`" else {
            let offending = Span(start: position, end: min(position + 1, scalars.count))
            if let current = scalar(at: position), current != "\n" {
                report(
                    "Syntax error: \(describe(current)) is not allowed in a quoted field name", offending,
                    hint: "quoted field names may contain letters, digits, '_', '.', '-', '/' and spaces")
                // Resume after the closing backquote, so the name's remainder is not read as code.
                while let skipped = scalar(at: position), skipped != "\n" {
                    position += 1
                    if skipped == "`" { break }
                }
            } else {
                report(
                    "Syntax error: unterminated quoted field name", Span(start: start, end: position),
                    hint: "close the name with a backquote (`)")
            }
            return Token(kind: .invalid, span: Span(start: start, end: position))
        }
        position += 1
        let span = Span(start: start, end: position)
        guard nameEnd > nameStart else {
            report("Syntax error: empty quoted field name", span)
            return Token(kind: .invalid, span: span)
        }
        return Token(kind: .quotedIdentifier(text(nameStart, nameEnd)), span: span)
    }

    private mutating func lexNumber() -> Token {
        let start = position
        if scalar(at: position) == "0", scalar(at: position + 1) == "x",
            scalar(at: position + 2)?.hexDigitValue != nil
        {
            position += 2
            var magnitude: UInt64? = 0
            while let digit = scalar(at: position)?.hexDigitValue {
                magnitude = magnitude.flatMap { accumulate($0, digit: digit, radix: 16) }
                position += 1
            }
            return integerToken(magnitude, start: start)
        }
        var magnitude: UInt64? = 0
        while let digit = scalar(at: position)?.decimalDigitValue {
            magnitude = magnitude.flatMap { accumulate($0, digit: digit, radix: 10) }
            position += 1
        }
        var isDouble = false
        if scalar(at: position) == ".", scalar(at: position + 1)?.isDecimalDigit ?? false {
            isDouble = true
            position += 1
            skipDecimalDigits()
        }
        if let marker = scalar(at: position), marker == "e" || marker == "E" {
            var digitsAt = position + 1
            if let sign = scalar(at: digitsAt), sign == "+" || sign == "-" { digitsAt += 1 }
            if scalar(at: digitsAt)?.isDecimalDigit ?? false {
                isDouble = true
                position = digitsAt
                skipDecimalDigits()
            }
        }
        guard isDouble else { return integerToken(magnitude, start: start) }
        var literal = text(start, position)
        if literal.hasPrefix(".") { literal = "0" + literal }
        let value = Double(literal).flatMap { $0.isFinite ? $0 : nil }
        return Token(kind: .double(value), span: Span(start: start, end: position))
    }

    private mutating func skipDecimalDigits() {
        while scalar(at: position)?.isDecimalDigit ?? false { position += 1 }
    }

    private mutating func integerToken(_ magnitude: UInt64?, start: Int) -> Token {
        if let suffix = scalar(at: position), suffix == "u" || suffix == "U" {
            position += 1
            return Token(kind: .uint(magnitude), span: Span(start: start, end: position))
        }
        return Token(kind: .int(magnitude), span: Span(start: start, end: position))
    }

    private func accumulate(_ value: UInt64, digit: Int, radix: UInt64) -> UInt64? {
        let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: radix)
        let (sum, overflowAdd) = shifted.addingReportingOverflow(UInt64(digit))
        return overflowMultiply || overflowAdd ? nil : sum
    }

    private mutating func lexPunctuation() -> Token {
        let start = position
        let first = scalars[position]
        let second = scalar(at: position + 1)
        func token(_ kind: Token.Kind, length: Int) -> Token {
            position += length
            return Token(kind: kind, span: Span(start: start, end: position))
        }
        switch first {
        case ".": return token(.dot, length: 1)
        case ",": return token(.comma, length: 1)
        case ":": return token(.colon, length: 1)
        case "?": return token(.question, length: 1)
        case "(": return token(.leftParen, length: 1)
        case ")": return token(.rightParen, length: 1)
        case "[": return token(.leftBracket, length: 1)
        case "]": return token(.rightBracket, length: 1)
        case "{": return token(.leftBrace, length: 1)
        case "}": return token(.rightBrace, length: 1)
        case "+": return token(.plus, length: 1)
        case "-": return token(.minus, length: 1)
        case "*": return token(.star, length: 1)
        case "/": return token(.slash, length: 1)
        case "%": return token(.percent, length: 1)
        case "!": return second == "=" ? token(.notEqual, length: 2) : token(.bang, length: 1)
        case "<": return second == "=" ? token(.lessEqual, length: 2) : token(.less, length: 1)
        case ">": return second == "=" ? token(.greaterEqual, length: 2) : token(.greater, length: 1)
        case "=" where second == "=": return token(.equal, length: 2)
        case "&" where second == "&": return token(.and, length: 2)
        case "|" where second == "|": return token(.or, length: 2)
        default: break
        }
        position += 1
        let span = Span(start: start, end: position)
        let hint: String?
        switch first {
        case "=": hint = "use '==' to compare values; CEL has no assignment"
        case "&": hint = "use '&&' for a logical and"
        case "|": hint = "use '||' for a logical or"
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}":
            hint = "use straight quotes (\" or ') around strings"
        default:
            hint =
                first.isASCII
                ? nil
                : "names are ASCII letters, digits and '_'; for other field names use a backquoted selection, a.`name`"
        }
        report("Syntax error: unexpected character \(describe(first))", span, hint: hint)
        return Token(kind: .invalid, span: span)
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[start..<end])
    }

    /// A scalar as a message shows it: printable ones quoted, others by code point.
    func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(scalar)'"
    }
}

extension Unicode.Scalar {
    var isDecimalDigit: Bool { ("0"..."9").contains(self) }

    var decimalDigitValue: Int? { isDecimalDigit ? Int(value - 48) : nil }

    var hexDigitValue: Int? {
        switch self {
        case "0"..."9": return Int(value - 48)
        case "a"..."f": return Int(value - 97 + 10)
        case "A"..."F": return Int(value - 65 + 10)
        default: return nil
        }
    }

    var isIdentifierStart: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }

    var isIdentifierContinuation: Bool { isIdentifierStart || isDecimalDigit }

    var isQuotedIdentifierCharacter: Bool {
        isIdentifierContinuation || self == "." || self == "-" || self == "/" || self == " "
    }
}
