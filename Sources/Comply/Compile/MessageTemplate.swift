import CEL

/// A message text split into literal text and `{{ expr | format }}` holes, parsed and
/// type-checked when the pack is compiled so that a typo in a message is a compile error,
/// not a broken sentence at run time.
///
/// ```text
/// "RVC {{ rvc | percent }} is below {{ threshold | number }} for {{ product.name }}."
/// ```
public struct MessageTemplate: Sendable {
    public enum Segment: Sendable {
        case text(String)
        case value(CompiledExpression, ValueFormat)
    }

    public let segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }
}

/// How an interpolated value is written.
public enum ValueFormat: Sendable, Hashable {
    /// Strings as they are, numbers in the reader's locale, lists joined.
    case plain
    /// `| number` or `| number:2`: grouped digits, at most 6 decimals or exactly `places`.
    case number(places: Int?)
    /// `| percent` or `| percent:1`: the value is already a percentage (40 → "40 %").
    case percent(places: Int?)
    /// `| money:USD`: two decimals (none for VND, JPY, KRW) and the currency code.
    case money(currency: String?)
    /// `| date`: `1 June 2026` in English, `01/06/2026` in Vietnamese.
    case date
    /// `| list`: elements joined with commas.
    case list

    /// The format named by a filter such as `number:2` or `money:USD`; nil when unknown.
    public init?(filter text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingBlanks }
        let name = parts.first ?? ""
        let argument = parts.count > 1 ? parts[1] : nil
        let places = argument.flatMap { Int($0) }
        if argument != nil, places == nil, name == "number" || name == "percent" { return nil }
        switch name {
        case "number": self = .number(places: places)
        case "percent": self = .percent(places: places)
        case "money": self = .money(currency: argument?.uppercased())
        case "date": self = .date
        case "list": self = .list
        default: return nil
        }
    }

    /// The filter names a pack may write, for "did you mean" hints.
    public static let filterNames = ["number", "percent", "money", "date", "list"]
}

/// The holes of a template text before compilation.
struct TemplateScanner {
    struct Hole {
        /// The CEL text between `{{` and the format's `|`.
        var expression: String
        /// The scalar offset of `expression` in the template.
        var offset: Int
        var filter: String?
    }

    enum Piece {
        case text(String)
        case hole(Hole)
    }

    /// Splits `text`; nil with a message when a `{{` is never closed.
    static func scan(_ text: String) -> Result<[Piece], TemplateError> {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var literalStart = 0
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                guard let close = closing(scalars, from: index + 2) else {
                    return .failure(
                        TemplateError(message: "a \"{{\" is never closed with \"}}\"", offset: index))
                }
                if literalStart < index {
                    pieces.append(.text(String(scalars: scalars[literalStart..<index])))
                }
                let inner = Array(scalars[(index + 2)..<close])
                pieces.append(.hole(hole(inner, offset: index + 2)))
                index = close + 2
                literalStart = index
            } else {
                index += 1
            }
        }
        if literalStart < scalars.count { pieces.append(.text(String(scalars: scalars[literalStart...]))) }
        return .success(pieces)
    }

    /// The offset of the `}}` ending a hole, skipping quoted CEL strings.
    private static func closing(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var quote: Unicode.Scalar?
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == "\\" {
                    index += 1
                } else if scalar == open {
                    quote = nil
                }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "}", index + 1 < scalars.count, scalars[index + 1] == "}" {
                // `{{ {"a": 1}}}`: the last pair of a run of braces closes the hole.
                var end = index
                while end + 2 < scalars.count, scalars[end + 2] == "}" { end += 1 }
                return end
            }
            index += 1
        }
        return nil
    }

    /// Separates the filter at the last `|` that is outside quotes and not part of `||`.
    private static func hole(_ scalars: [Unicode.Scalar], offset: Int) -> Hole {
        var quote: Unicode.Scalar?
        var pipe: Int?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == "\\" {
                    index += 1
                } else if scalar == open {
                    quote = nil
                }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "|" {
                let doubled =
                    (index + 1 < scalars.count && scalars[index + 1] == "|")
                    || (index > 0 && scalars[index - 1] == "|")
                if !doubled { pipe = index }
            }
            index += 1
        }
        guard let pipe else { return Hole(expression: String(scalars: scalars), offset: offset, filter: nil) }
        let filter = String(scalars: scalars[(pipe + 1)...]).trimmingBlanks
        return Hole(expression: String(scalars: scalars[..<pipe]), offset: offset, filter: filter)
    }
}

/// A malformed template: what is wrong and the scalar offset where it was seen.
struct TemplateError: Error {
    var message: String
    var offset: Int
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    var trimmingBlanks: String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
