/// String and bytes literals: quotes, raw and triple-quoted forms, and escapes.
extension Lexer {
    /// A string (`"…"`, `'…'`, `"""…"""`, `r"…"`) or bytes (`b"…"`, `br"…"`)
    /// literal starting at the current position, if there is one.
    mutating func lexQuotedLiteralIfPresent() -> Token? {
        var offset = position
        var isBytes = false
        var isRaw = false
        if let prefix = scalar(at: offset), prefix == "b" || prefix == "B" {
            isBytes = true
            offset += 1
        }
        if let prefix = scalar(at: offset), prefix == "r" || prefix == "R" {
            isRaw = true
            offset += 1
        }
        guard let quote = scalar(at: offset), quote == "\"" || quote == "'" else { return nil }
        let start = position
        let isTriple = scalar(at: offset + 1) == quote && scalar(at: offset + 2) == quote
        position = offset + (isTriple ? 3 : 1)
        var buffer = LiteralBuffer(isBytes: isBytes)
        while true {
            guard let current = scalar(at: position) else {
                return unterminated(start: start, quote: quote, isTriple: isTriple)
            }
            if current == quote {
                if !isTriple {
                    position += 1
                    break
                }
                if scalar(at: position + 1) == quote, scalar(at: position + 2) == quote {
                    position += 3
                    break
                }
            }
            if !isTriple, current == "\n" || current == "\r" {
                return unterminated(start: start, quote: quote, isTriple: isTriple)
            }
            if current == "\\", !isRaw {
                readEscape(into: &buffer)
                continue
            }
            buffer.append(current)
            position += 1
        }
        let span = Span(start: start, end: position)
        return Token(
            kind: isBytes ? .bytes(buffer.bytes) : .string(String(decoding: buffer.bytes, as: UTF8.self)),
            span: span)
    }

    private mutating func unterminated(start: Int, quote: Unicode.Scalar, isTriple: Bool) -> Token {
        let span = Span(start: start, end: position)
        let closing = isTriple ? String(repeating: String(quote), count: 3) : String(quote)
        let hint =
            isTriple
            ? "close the literal with \(closing)"
            : "close the literal with \(closing) on the same line; use \"\"\"…\"\"\" or \\n for text spanning lines"
        report("Syntax error: unterminated string literal", span, hint: hint)
        return Token(kind: .invalid, span: span)
    }

    /// Reads one escape sequence at a backslash. An invalid escape is reported and
    /// skipped, so that the rest of the literal is still read.
    private mutating func readEscape(into buffer: inout LiteralBuffer) {
        let start = position
        guard let marker = scalar(at: position + 1) else {
            position += 1
            report("Syntax error: a backslash ends the input", Span(start: start, end: position))
            return
        }
        switch marker {
        case "a": buffer.append("\u{07}")
        case "b": buffer.append("\u{08}")
        case "f": buffer.append("\u{0C}")
        case "n": buffer.append("\n")
        case "r": buffer.append("\r")
        case "t": buffer.append("\t")
        case "v": buffer.append("\u{0B}")
        case "\\", "?", "\"", "'", "`": buffer.append(marker)
        case "0"..."3":
            guard let high = marker.decimalDigitValue,
                let middle = scalar(at: position + 2).flatMap(\.octalDigitValue),
                let low = scalar(at: position + 3).flatMap(\.octalDigitValue)
            else {
                return invalidEscape(start: start, length: 2)
            }
            buffer.appendOctet(UInt8(high * 64 + middle * 8 + low))
            position += 4
            return
        case "x", "X":
            guard let value = hexValue(at: position + 2, digits: 2) else {
                return invalidEscape(start: start, length: 2)
            }
            buffer.appendOctet(UInt8(value))
            position += 4
            return
        case "u", "U":
            let digits = marker == "u" ? 4 : 8
            guard let value = hexValue(at: position + 2, digits: digits) else {
                return invalidEscape(start: start, length: 2)
            }
            let span = Span(start: start, end: position + 2 + digits)
            position += 2 + digits
            if buffer.isBytes {
                report(
                    "Syntax error: \\\(marker) escapes are not allowed in bytes literals", span,
                    hint: "write the bytes with \\x or octal escapes, or the character itself")
            } else if let decoded = Unicode.Scalar(value) {
                buffer.append(decoded)
            } else {
                let what = (0xD800...0xDFFF).contains(value) ? "a surrogate code point" : "beyond Unicode"
                report(
                    "Syntax error: invalid Unicode escape: U+\(String(value, radix: 16, uppercase: true)) is \(what)",
                    span,
                    hint: "write characters outside the BMP with \\U and eight hex digits, e.g. \\U0001F600")
            }
            return
        default:
            return invalidEscape(start: start, length: marker == "\n" || marker == "\r" ? 1 : 2)
        }
        position += 2
    }

    private mutating func invalidEscape(start: Int, length: Int) {
        let end = min(start + length, scalars.count)
        position = end
        report(
            "Syntax error: invalid escape sequence '\(text(start, end))'", Span(start: start, end: end),
            hint:
                "escapes are \\a \\b \\f \\n \\r \\t \\v \\\\ \\? \\\" \\' \\`, \\ooo (octal 000-377), \\xHH, \\uHHHH, \\UHHHHHHHH; "
                + "a raw string (r'…') keeps backslashes as they are")
    }

    private func hexValue(at offset: Int, digits: Int) -> UInt32? {
        var value: UInt32 = 0
        for index in offset..<(offset + digits) {
            guard let digit = scalar(at: index)?.hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}

/// The decoded content of a string or bytes literal, as UTF-8 (a string's scalars are
/// encoded as they come, which is cheaper than growing a `String.UnicodeScalarView`).
struct LiteralBuffer {
    let isBytes: Bool
    var bytes: [UInt8] = []

    init(isBytes: Bool) {
        self.isBytes = isBytes
    }

    /// A character of the literal: UTF-8 encoded in bytes literals.
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    /// An octal or `\x` escape: an octet in bytes, a code point (U+0000–U+00FF) in strings.
    mutating func appendOctet(_ value: UInt8) {
        if isBytes {
            bytes.append(value)
        } else {
            append(Unicode.Scalar(value))
        }
    }
}

extension Unicode.Scalar {
    var octalDigitValue: Int? { ("0"..."7").contains(self) ? Int(value - 48) : nil }
}
