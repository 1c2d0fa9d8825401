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
    ///
    /// Every delimiter (`{`, `}`, quotes, `\\`, `|`) is ASCII, so the scan reads UTF-8 bytes
    /// and the pieces between delimiters are whole characters; offsets are still counted in
    /// Unicode scalars.
    static func scan(_ text: String) -> Result<[Piece], TemplateError> {
        var text = text
        return text.withUTF8(scan)
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[Piece], TemplateError> {
        var pieces: [Piece] = []
        var literalStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "{")
            {
                guard let close = closing(bytes, from: index + 2) else {
                    return .failure(
                        TemplateError(
                            message: "a \"{{\" is never closed with \"}}\"",
                            offset: scalarOffset(bytes, index)))
                }
                if literalStart < index {
                    pieces.append(.text(string(bytes, literalStart..<index)))
                }
                pieces.append(.hole(hole(bytes, (index + 2)..<close, offset: scalarOffset(bytes, index + 2))))
                index = close + 2
                literalStart = index
            } else {
                index += 1
            }
        }
        if literalStart < bytes.count { pieces.append(.text(string(bytes, literalStart..<bytes.count))) }
        return .success(pieces)
    }

    /// The offset of the `}}` ending a hole, skipping quoted CEL strings.
    private static func closing(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == open {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "}"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "}")
            {
                // `{{ {"a": 1}}}`: the last pair of a run of braces closes the hole.
                var end = index
                while end + 2 < bytes.count, bytes[end + 2] == UInt8(ascii: "}") { end += 1 }
                return end
            }
            index += 1
        }
        return nil
    }

    /// Separates the filter at the last `|` that is outside quotes and not part of `||`.
    private static func hole(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, offset: Int) -> Hole {
        var quote: UInt8?
        var pipe: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if let open = quote {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == open {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "|") {
                let doubled =
                    (index + 1 < range.upperBound && bytes[index + 1] == UInt8(ascii: "|"))
                    || (index > range.lowerBound && bytes[index - 1] == UInt8(ascii: "|"))
                if !doubled { pipe = index }
            }
            index += 1
        }
        guard let pipe else { return Hole(expression: string(bytes, range), offset: offset, filter: nil) }
        let filter = string(bytes, (pipe + 1)..<range.upperBound).trimmingBlanks
        return Hole(expression: string(bytes, range.lowerBound..<pipe), offset: offset, filter: filter)
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The number of Unicode scalars before byte `offset`: the bytes that start one.
    private static func scalarOffset(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var count = 0
        for byte in UnsafeBufferPointer(rebasing: bytes[..<offset]) where byte & 0xC0 != 0x80 { count += 1 }
        return count
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
