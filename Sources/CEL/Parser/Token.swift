/// One lexical element of a CEL expression, with the scalars it was read from.
struct Token: Sendable, Equatable {
    var kind: Kind
    var span: Span

    enum Kind: Sendable, Equatable {
        case identifier(String)
        /// A backquoted field name, `` a.`content-type` ``.
        case quotedIdentifier(String)
        /// The magnitude of a signed integer literal; `nil` when it exceeds 64 bits.
        /// The sign is not part of the token: the parser folds a preceding `-`.
        case int(UInt64?)
        /// `nil` when the literal exceeds 64 bits.
        case uint(UInt64?)
        /// `nil` when the literal is out of the range of a double.
        case double(Double?)
        case string(String)
        case bytes([UInt8])
        case trueLiteral
        case falseLiteral
        case nullLiteral
        case inKeyword
        case dot
        case comma
        case colon
        case question
        case leftParen
        case rightParen
        case leftBracket
        case rightBracket
        case leftBrace
        case rightBrace
        case plus
        case minus
        case star
        case slash
        case percent
        case bang
        case less
        case lessEqual
        case greater
        case greaterEqual
        case equal
        case notEqual
        case and
        case or
        /// Text the lexer could not read; it has already reported why.
        case invalid
        case end

        /// How the token is named in a message: `')'`, `identifier 'x'`, `end of input`.
        var display: String {
            switch self {
            case .identifier(let name): return "identifier '\(name)'"
            case .quotedIdentifier(let name): return "quoted name `\(name)`"
            case .int, .uint, .double: return "number"
            case .string: return "string"
            case .bytes: return "bytes literal"
            case .trueLiteral: return "'true'"
            case .falseLiteral: return "'false'"
            case .nullLiteral: return "'null'"
            case .inKeyword: return "'in'"
            case .invalid: return "invalid text"
            case .end: return "end of input"
            default: return "'\(punctuation ?? "?")'"
            }
        }

        /// The text of an operator or punctuation token.
        var punctuation: String? {
            switch self {
            case .dot: return "."
            case .comma: return ","
            case .colon: return ":"
            case .question: return "?"
            case .leftParen: return "("
            case .rightParen: return ")"
            case .leftBracket: return "["
            case .rightBracket: return "]"
            case .leftBrace: return "{"
            case .rightBrace: return "}"
            case .plus: return "+"
            case .minus: return "-"
            case .star: return "*"
            case .slash: return "/"
            case .percent: return "%"
            case .bang: return "!"
            case .less: return "<"
            case .lessEqual: return "<="
            case .greater: return ">"
            case .greaterEqual: return ">="
            case .equal: return "=="
            case .notEqual: return "!="
            case .and: return "&&"
            case .or: return "||"
            default: return nil
            }
        }

        /// Whether a `-` right before this token belongs to it (`-1`, `-2.5`; not `-1u`).
        var takesSign: Bool {
            switch self {
            case .int, .double: return true
            default: return false
            }
        }
    }
}
