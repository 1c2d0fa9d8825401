import YAML

/// A reader for comma-separated values as RFC 4180 defines them: fields separated by
/// commas, records by CRLF or LF, fields optionally in double quotes, in which commas and
/// line breaks are data and `""` is one quote. A UTF-8 byte-order mark is skipped.
///
/// Every field keeps its line and column (counted in Unicode scalars, 1-based, like YAML
/// marks), so a bad cell is reported at `tables/x.csv:7:3`. Blank lines are skipped.
struct CSVReader {
    struct Field {
        var text: String
        var line: Int
        var column: Int
        var quoted: Bool
    }

    struct Record {
        var fields: [Field]
        var line: Int
    }

    struct Problem {
        var line: Int
        var column: Int
        var message: String
        var hint: String
    }

    private(set) var records: [Record] = []
    private(set) var problems: [Problem] = []

    init(_ text: String) {
        // Bytes, not Characters: the separators are ASCII, so fields are slices of the
        // UTF-8 and only quoted fields with doubled quotes need a copy. Big tables (the
        // product-specific rules of an FTA, thousands of rows) load in a few milliseconds.
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        parse(bytes)
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    private mutating func parse(_ bytes: [UInt8]) {
        var index = 0
        var line = 1
        var lineStart = 0
        var fields: [Field] = []
        var recordLine = 1
        // Columns count Unicode scalars: every byte that does not continue a UTF-8 sequence.
        var counted = 0
        var countedColumn = 1

        func endOfLine(_ at: Int) -> Int? {
            guard at < bytes.count else { return nil }
            if bytes[at] == Self.cr { return at + 1 < bytes.count && bytes[at + 1] == Self.lf ? 2 : 1 }
            return bytes[at] == Self.lf ? 1 : nil
        }
        func column(_ at: Int) -> Int {
            if counted < lineStart || counted > at {
                counted = lineStart
                countedColumn = 1
            }
            while counted < at {
                if bytes[counted] & 0xC0 != 0x80 { countedColumn += 1 }
                counted += 1
            }
            return countedColumn
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        while index <= bytes.count {
            let fieldLine = line
            let fieldColumn = column(index)
            var value: String
            var quoted = false
            if index < bytes.count, bytes[index] == Self.quote {
                quoted = true
                index += 1
                var buffer: [UInt8] = []
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == Self.quote {
                        if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                            buffer.append(Self.quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if let length = endOfLine(index) {
                        buffer.append(contentsOf: bytes[index..<(index + length)])
                        index += length
                        line += 1
                        lineStart = index
                        continue
                    }
                    buffer.append(byte)
                    index += 1
                }
                value = String(decoding: buffer, as: UTF8.self)
                if !closed {
                    problems.append(
                        Problem(
                            line: fieldLine, column: fieldColumn, message: "quoted field is never closed",
                            hint: "end the field with \"; write a quote inside a field as \"\""))
                    fields.append(Field(text: value, line: fieldLine, column: fieldColumn, quoted: true))
                    finish(&fields, recordLine)
                    return
                }
                // After a closing quote only a separator or the end of the record may follow.
                if index < bytes.count, bytes[index] != Self.comma, endOfLine(index) == nil {
                    problems.append(
                        Problem(
                            line: line, column: column(index),
                            message: "unexpected text after a closing quote",
                            hint: "quote the whole field, and double any quote inside it: \"a \"\"b\"\" c\""))
                    while index < bytes.count, bytes[index] != Self.comma, endOfLine(index) == nil {
                        index += 1
                    }
                }
            } else {
                let start = index
                while index < bytes.count, bytes[index] != Self.comma, endOfLine(index) == nil {
                    if bytes[index] == Self.quote {
                        problems.append(
                            Problem(
                                line: line, column: column(index),
                                message: "a quote inside an unquoted field",
                                hint:
                                    "quote the whole field, and double any quote inside it: \"a \"\"b\"\" c\""
                            ))
                    }
                    index += 1
                }
                value = text(start..<index)
            }
            fields.append(Field(text: value, line: fieldLine, column: fieldColumn, quoted: quoted))
            if index < bytes.count, bytes[index] == Self.comma {
                index += 1
                continue
            }
            finish(&fields, recordLine)
            if let length = endOfLine(index) {
                index += length
                line += 1
                lineStart = index
                recordLine = line
                if index == bytes.count { return }
            } else {
                return
            }
        }
    }

    private mutating func finish(_ fields: inout [Field], _ line: Int) {
        defer { fields = [] }
        if fields.count == 1, !fields[0].quoted,
            fields[0].text.utf8.allSatisfy({ $0 == Self.space || $0 == Self.tab })
        {
            return
        }
        records.append(Record(fields: fields, line: line))
    }
}
