import CEL

/// Reads one JSON text into a CEL ``Value``, keeping the number's written form: `7` is an
/// `int`, `7.0` and `7e0` are `double`s.
///
/// Foundation's JSONSerialization hands back `NSNumber`s that no longer say whether the
/// text was `26644` or `26644.0`; CEL must know, because `int / double` has no overload.
/// The workload's records are what Python's `json.dumps` writes, so a small strict reader
/// is enough and avoids guessing.
struct JSONReader {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var message: String
        var description: String { "JSON error at byte \(offset): \(message)" }
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ text: some Sequence<UInt8>) {
        self.bytes = Array(text)
    }

    /// The value of the whole text; trailing non-space bytes are an error.
    static func value(of text: some Sequence<UInt8>) throws(Failure) -> Value {
        var reader = JSONReader(text)
        let value = try reader.readValue(depth: 0)
        reader.skipSpace()
        guard reader.position == reader.bytes.count else {
            throw Failure(offset: reader.position, message: "unexpected text after the value")
        }
        return value
    }

    private mutating func readValue(depth: Int) throws(Failure) -> Value {
        guard depth < 512 else { throw failure("nested too deeply") }
        skipSpace()
        guard let byte = peek() else { throw failure("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        default: return try readNumber()
        }
    }

    private mutating func readObject(depth: Int) throws(Failure) -> Value {
        position += 1
        var map = MapValue()
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return .map(map)
        }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a string key") }
            let key = try readString()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            map[.string(key)] = try readValue(depth: depth + 1)
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            return .map(map)
        }
    }

    private mutating func readArray(depth: Int) throws(Failure) -> Value {
        position += 1
        var items: [Value] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return .list(items)
        }
        while true {
            items.append(try readValue(depth: depth + 1))
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return .list(items)
        }
    }

    private mutating func readString() throws(Failure) -> String {
        position += 1
        var utf8: [UInt8] = []
        while let byte = peek() {
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &utf8)
            default:
                utf8.append(byte)
            }
        }
        throw failure("unterminated string")
    }

    private mutating func readEscape(into utf8: inout [UInt8]) throws(Failure) {
        guard let byte = peek() else { throw failure("unterminated escape") }
        position += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
            UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[byte] {
            utf8.append(replacement)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw failure("unknown escape") }
        var code = try readHex4()
        // A high surrogate must be followed by `\uDC00`–`\uDFFF`; together they name one scalar.
        if (0xD800..<0xDC00).contains(code), peek() == UInt8(ascii: "\\") {
            position += 1
            guard peek() == UInt8(ascii: "u") else { throw failure("expected a low surrogate") }
            position += 1
            let low = try readHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("expected a low surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("invalid \\u escape") }
        utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func readHex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("short \\u escape") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[position]) else { throw failure("bad hex digit") }
            code = code << 4 | digit
            position += 1
        }
        return code
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func readNumber() throws(Failure) -> Value {
        let start = position
        var isDouble = false
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"):
                position += 1
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
                isDouble = true
                position += 1
            default:
                return try number(bytes[start..<position], isDouble: isDouble, at: start)
            }
        }
        return try number(bytes[start..<position], isDouble: isDouble, at: start)
    }

    private func number(_ digits: ArraySlice<UInt8>, isDouble: Bool, at start: Int) throws(Failure) -> Value {
        let text = String(decoding: digits, as: UTF8.self)
        if !isDouble, let int = Int64(text) { return .int(int) }
        if !isDouble, let uint = UInt64(text) { return .uint(uint) }
        guard let double = Double(text) else { throw Failure(offset: start, message: "bad number '\(text)'") }
        return .double(double)
    }

    private mutating func readLiteral(_ word: String, _ value: Value) throws(Failure) -> Value {
        for byte in word.utf8 {
            guard peek() == byte else { throw failure("expected '\(word)'") }
            position += 1
        }
        return value
    }

    private mutating func expect(_ byte: UInt8) throws(Failure) {
        guard peek() == byte else { throw failure("expected '\(Character(Unicode.Scalar(byte)))'") }
        position += 1
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            position += 1
        }
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func failure(_ message: String) -> Failure {
        Failure(offset: position, message: message)
    }
}
