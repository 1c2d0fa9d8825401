import CYAML

/// The input bytes of one load, and the translation of libyaml's marks into `Mark`s.
///
/// libyaml counts `index` in characters, not bytes, and skips a byte-order mark without
/// counting it. A cursor remembers the last translated position: marks arrive almost in
/// order, so translating all of them costs about one pass over the input, and input that is
/// pure ASCII (the common case) needs no walking at all.
struct SourceText {
    enum Encoding {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let encoding: Encoding
    private let byteOrderMarkLength: Int
    private let isASCII: Bool
    private var cursorCharacter = 0
    private var cursorByte: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            byteOrderMarkLength = 2
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            byteOrderMarkLength = 2
        } else {
            encoding = .utf8
            byteOrderMarkLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }
        isASCII = encoding == .utf8 && bytes.allSatisfy { $0 < 0x80 }
        cursorByte = byteOrderMarkLength
    }

    /// True when byte offsets can be used to look at the text around a node.
    var isUTF8: Bool { encoding == .utf8 }

    @inline(__always)
    mutating func mark(_ mark: yaml_mark_t) -> Mark {
        let index = Int(mark.index)
        let offset: Int
        if isASCII {
            offset = index + byteOrderMarkLength
        } else if let near = nearOffset(ofCharacter: index) {
            offset = near
        } else {
            offset = byteOffset(ofCharacter: index)
        }
        return Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: offset)
    }

    /// The offset of a character at most 16 ASCII characters past the cursor (the usual gap
    /// between two marks: a line break and indentation, `: `, `- `), checked with two word
    /// loads; nil when the gap is longer or not ASCII.
    @inline(__always)
    private mutating func nearOffset(ofCharacter target: Int) -> Int? {
        let ahead = target &- cursorCharacter
        guard encoding == .utf8, ahead >= 0, ahead <= 16, cursorByte + 16 <= bytes.count,
            let base = bytes.baseAddress
        else { return nil }
        let raw = UnsafeRawPointer(base) + cursorByte
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        // The first `ahead` bytes, the first byte being the lowest in little-endian order.
        let lowMask: UInt64 = ahead >= 8 ? .max : (1 &<< (8 &* UInt64(ahead))) &- 1
        let highMask: UInt64 =
            ahead <= 8 ? 0 : ahead == 16 ? .max : (1 &<< (8 &* UInt64(ahead &- 8))) &- 1
        guard (low & lowMask | high & highMask) & 0x8080_8080_8080_8080 == 0 else { return nil }
        cursorByte += ahead
        cursorCharacter = target
        return cursorByte
    }

    /// The mark of the end of a node whose byte offset the caller already knows (a plain
    /// scalar on one line is its own text, so it ends `length` bytes after its start); the
    /// cursor moves there, so the next translation starts from it without walking.
    @inline(__always)
    mutating func mark(_ mark: yaml_mark_t, knownOffset offset: Int) -> Mark {
        if !isASCII && encoding == .utf8 {
            #if DEBUG
                var walked = self
                assert(walked.byteOffset(ofCharacter: Int(mark.index)) == offset)
            #endif
            cursorCharacter = Int(mark.index)
            cursorByte = offset
        }
        return Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: offset)
    }

    /// The byte at `offset`, or nil past the end.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func byteOffset(ofCharacter target: Int) -> Int {
        if encoding == .utf8 {
            // Most gaps between marks (indentation, `key: `, `- `) are ASCII: then characters
            // are bytes, which eight-byte words confirm quickly.
            let ahead = target - cursorCharacter
            if ahead >= 0, ahead <= bytes.count - cursorByte, isASCIIRun(from: cursorByte, count: ahead) {
                cursorByte += ahead
                cursorCharacter = target
                return cursorByte
            }
            // Forward over UTF-8: every byte that is not a continuation byte starts a character.
            var byte = cursorByte
            var character = cursorCharacter
            let count = bytes.count
            // Eight bytes at a time while the target lies beyond them; `leads` counts the
            // bytes that start a character.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while byte + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                    let leads = ((~word >> 7) | (word >> 6)) & 0x0101_0101_0101_0101
                    let started = leads.nonzeroBitCount
                    guard character + started < target else { break }
                    character += started
                    byte += 8
                }
            }
            // A jump may land inside a character that was already counted.
            while byte < count && byte > cursorByte && bytes[byte] & 0xC0 == 0x80 {
                byte += 1
            }
            while character < target && byte < count {
                byte += 1
                while byte < count && bytes[byte] & 0xC0 == 0x80 {
                    byte += 1
                }
                character += 1
            }
            cursorByte = byte
            cursorCharacter = character
        }
        while cursorCharacter < target, cursorByte < bytes.count {
            cursorByte += forwardWidth(at: cursorByte)
            cursorCharacter += 1
        }
        while cursorCharacter > target, cursorByte > byteOrderMarkLength {
            cursorByte -= backwardWidth(before: cursorByte)
            cursorCharacter -= 1
        }
        return min(cursorByte, bytes.count)
    }

    /// Whether the `count` bytes from `start` (all inside the input) are ASCII.
    private func isASCIIRun(from start: Int, count: Int) -> Bool {
        guard let base = bytes.baseAddress else { return count == 0 }
        let raw = UnsafeRawPointer(base)
        var offset = start
        let end = start + count
        var merged: UInt64 = 0
        while offset + 8 <= end {
            merged |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < end {
            merged |= UInt64(base[offset])
            offset += 1
        }
        return merged & 0x8080_8080_8080_8080 == 0
    }

    private func forwardWidth(at offset: Int) -> Int {
        switch encoding {
        case .utf8:
            let lead = bytes[offset]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            return min(width, bytes.count - offset)
        case .utf16LittleEndian, .utf16BigEndian:
            guard offset + 1 < bytes.count else { return bytes.count - offset }
            return (0xD800..<0xDC00).contains(unit(at: offset)) ? 4 : 2
        }
    }

    private func backwardWidth(before offset: Int) -> Int {
        switch encoding {
        case .utf8:
            var width = 1
            while width < 4, offset - width > byteOrderMarkLength, bytes[offset - width] & 0xC0 == 0x80 {
                width += 1
            }
            return width
        case .utf16LittleEndian, .utf16BigEndian:
            guard offset - 4 >= byteOrderMarkLength, (0xDC00..<0xE000).contains(unit(at: offset - 2)),
                (0xD800..<0xDC00).contains(unit(at: offset - 4))
            else { return min(2, offset - byteOrderMarkLength) }
            return 4
        }
    }

    private func unit(at offset: Int) -> UInt16 {
        let first = UInt16(bytes[offset])
        let second = UInt16(bytes[offset + 1])
        return encoding == .utf16LittleEndian ? first | second << 8 : first << 8 | second
    }
}
