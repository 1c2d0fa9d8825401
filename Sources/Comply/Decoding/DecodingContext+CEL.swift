import CEL
import YAML

extension DecodingContext {
    /// A CEL expression written as a YAML scalar, with a `CEL.Source` whose positions map
    /// back to this file (see ``CELExpression`` for the rules).
    mutating func celExpression(_ node: Node, _ what: String) -> CELExpression? {
        guard let scalar = node.scalar, !node.isNull else {
            error(
                node.range, "expected \(what) as a CEL expression (a string), found \(node.kindDescription)",
                hint: node.mapping != nil
                    ? "a YAML mapping starts with `key:`; quote the expression if it contains \": \""
                    : "write the expression after the key, quoted if it starts with a YAML indicator")
            return nil
        }
        guard !scalar.text.allSatisfy(\.isWhitespace) else {
            error(node.range, "\(what) is an empty CEL expression")
            return nil
        }
        return CELExpression(text: scalar.text, range: node.range, source: celSource(node, scalar))
    }

    private func celSource(_ node: Node, _ scalar: Scalar) -> Source {
        let start = node.range.start
        switch scalar.style {
        case .plain:
            if start.line != node.range.end.line,
                let lines = rawText(from: start.offset, to: node.range.end.offset),
                !Self.hasMultilineLiteral(lines)
            {
                return Source(lines, description: file, origin: (start.line, start.column))
            }
            return Source(scalar.text, description: file, origin: (start.line, start.column))
        case .singleQuoted, .doubleQuoted:
            return Source(scalar.text, description: file, origin: (start.line, start.column + 1))
        case .literal, .folded:
            // The text starts on the line after the `|` or `>` header. Kept with its
            // indentation, each of its lines is the file's line, column for column.
            if let raw = rawText(from: start.offset, to: node.range.end.offset),
                let newline = raw.firstIndex(of: "\n")
            {
                var body = raw[raw.index(after: newline)...]
                while let last = body.last, last.isWhitespace { body.removeLast() }
                if !Self.hasMultilineLiteral(body) {
                    return Source(String(body), description: file, origin: (start.line + 1, 1))
                }
            }
            return Source(scalar.text, description: file, origin: (start.line + 1, 1))
        }
    }

    /// The file's text between two byte offsets, when the bytes are known and valid UTF-8.
    private func rawText(from start: Int, to end: Int) -> String? {
        guard let bytes = sourceBytes, start >= 0, start < end, end <= bytes.count else { return nil }
        return String(validating: bytes[start..<end], as: UTF8.self)
    }

    /// A triple-quoted CEL string may span lines, and then the file's indentation would
    /// become part of its value; such expressions are parsed as YAML read them.
    private static func hasMultilineLiteral(_ text: some StringProtocol) -> Bool {
        text.contains("'''") || text.contains("\"\"\"")
    }
}
