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
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        parse(scalars)
    }

    private mutating func parse(_ scalars: [Unicode.Scalar]) {
        var index = 0
        var line = 1
        var lineStart = 0
        var fields: [Field] = []
        var recordLine = 1

        func endOfLine(_ at: Int) -> Int? {
            guard at < scalars.count else { return nil }
            if scalars[at] == "\r" { return at + 1 < scalars.count && scalars[at + 1] == "\n" ? 2 : 1 }
            return scalars[at] == "\n" ? 1 : nil
        }

        while index <= scalars.count {
            let fieldLine = line
            let fieldColumn = index - lineStart + 1
            var text = String.UnicodeScalarView()
            var quoted = false
            if index < scalars.count, scalars[index] == "\"" {
                quoted = true
                index += 1
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            text.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if let length = endOfLine(index) {
                        for offset in 0..<length { text.append(scalars[index + offset]) }
                        index += length
                        line += 1
                        lineStart = index
                        continue
                    }
                    text.append(scalar)
                    index += 1
                }
                if !closed {
                    problems.append(
                        Problem(
                            line: fieldLine, column: fieldColumn, message: "quoted field is never closed",
                            hint: "end the field with \"; write a quote inside a field as \"\""))
                    fields.append(
                        Field(text: String(text), line: fieldLine, column: fieldColumn, quoted: true))
                    finish(&fields, recordLine)
                    return
                }
                // After a closing quote only a separator or the end of the record may follow.
                if index < scalars.count, scalars[index] != ",", endOfLine(index) == nil {
                    problems.append(
                        Problem(
                            line: line, column: index - lineStart + 1,
                            message: "unexpected text after a closing quote",
                            hint: "quote the whole field, and double any quote inside it: \"a \"\"b\"\" c\""))
                    while index < scalars.count, scalars[index] != ",", endOfLine(index) == nil { index += 1 }
                }
            } else {
                while index < scalars.count, scalars[index] != ",", endOfLine(index) == nil {
                    if scalars[index] == "\"" {
                        problems.append(
                            Problem(
                                line: line, column: index - lineStart + 1,
                                message: "a quote inside an unquoted field",
                                hint:
                                    "quote the whole field, and double any quote inside it: \"a \"\"b\"\" c\""
                            ))
                    }
                    text.append(scalars[index])
                    index += 1
                }
            }
            fields.append(Field(text: String(text), line: fieldLine, column: fieldColumn, quoted: quoted))
            if index < scalars.count, scalars[index] == "," {
                index += 1
                continue
            }
            finish(&fields, recordLine)
            if let length = endOfLine(index) {
                index += length
                line += 1
                lineStart = index
                recordLine = line
                if index == scalars.count { return }
            } else {
                return
            }
        }
    }

    private mutating func finish(_ fields: inout [Field], _ line: Int) {
        defer { fields = [] }
        if fields.count == 1, !fields[0].quoted, fields[0].text.allSatisfy({ $0 == " " || $0 == "\t" }) {
            return
        }
        records.append(Record(fields: fields, line: line))
    }
}
