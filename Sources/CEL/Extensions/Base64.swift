/// Standard base64 (RFC 4648 §4), with decoding as lenient as Go's, which
/// cel-go's `base64.decode` uses: padded or unpadded input, line breaks ignored.
enum Base64 {
    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let decodeTable: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in alphabet.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }()

    /// Why a string is not base64: the byte offset of the first bad character.
    struct DecodingError: Error, Sendable, Equatable {
        var offset: Int
    }

    /// Padded base64 of `bytes`.
    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let b0 = UInt32(bytes[index])
            let b1 = remaining > 1 ? UInt32(bytes[index + 1]) : 0
            let b2 = remaining > 2 ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(group >> 18 & 0x3F)])
            out.append(alphabet[Int(group >> 12 & 0x3F)])
            out.append(remaining > 1 ? alphabet[Int(group >> 6 & 0x3F)] : UInt8(ascii: "="))
            out.append(remaining > 2 ? alphabet[Int(group & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes padded or unpadded base64. `\r` and `\n` are skipped; anything
    /// else outside the alphabet, misplaced padding or a lone trailing
    /// character is an error.
    static func decode(_ text: String) throws(DecodingError) -> [UInt8] {
        var symbols: [UInt8] = []
        var padding = 0
        var paddingStart = 0
        for (offset, byte) in text.utf8.enumerated() {
            if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") { continue }
            if byte == UInt8(ascii: "=") {
                if padding == 0 { paddingStart = offset }
                padding += 1
                continue
            }
            let value = decodeTable[Int(byte)]
            guard value != 0xFF, padding == 0 else { throw DecodingError(offset: offset) }
            symbols.append(value)
        }
        let tail = symbols.count % 4
        // Padding, when present, must complete the last group exactly.
        if padding > 0, tail == 0 || tail + padding != 4 { throw DecodingError(offset: paddingStart) }
        if tail == 1 { throw DecodingError(offset: text.utf8.count) }
        var out: [UInt8] = []
        out.reserveCapacity(symbols.count * 3 / 4)
        var index = 0
        while index + 4 <= symbols.count {
            let group =
                UInt32(symbols[index]) << 18 | UInt32(symbols[index + 1]) << 12 | UInt32(symbols[index + 2])
                << 6
                | UInt32(symbols[index + 3])
            out.append(UInt8(group >> 16 & 0xFF))
            out.append(UInt8(group >> 8 & 0xFF))
            out.append(UInt8(group & 0xFF))
            index += 4
        }
        if tail >= 2 {
            var group = UInt32(symbols[index]) << 18 | UInt32(symbols[index + 1]) << 12
            if tail == 3 { group |= UInt32(symbols[index + 2]) << 6 }
            out.append(UInt8(group >> 16 & 0xFF))
            if tail == 3 { out.append(UInt8(group >> 8 & 0xFF)) }
        }
        return out
    }
}
