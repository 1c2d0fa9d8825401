/// YAML 1.2 rules that libyaml (a YAML 1.1 parser) does not enforce, checked on the text
/// around the events it reports: comments glued to a token, under-indented continuation
/// lines, a lone `-` in a flow collection, directives after an unterminated document.
///
/// Every check only rejects text the YAML 1.2 grammar rejects, so a document libyaml reads
/// differently from the spec fails loudly instead of silently changing meaning.
enum SpecChecks {
    static func checkScalar(
        utf8 text: UnsafeBufferPointer<UInt8>, style: ScalarStyle, range: SourceRange, source: SourceText,
        isInFlow: Bool,
        indentColumn: Int
    ) throws(YAMLError) {
        switch style {
        case .singleQuoted, .doubleQuoted:
            if source.byte(at: range.end.offset) == UInt8(ascii: "#") {
                throw commentWithoutSpace(file: range.file, at: range.end)
            }
            if range.start.line != range.end.line, indentColumn > 0 {
                try checkContinuationLines(of: range, source: source, indentColumn: indentColumn)
            }
        case .literal, .folded:
            try checkBlockScalarHeader(at: range.start, source: source, file: range.file)
        case .plain:
            // `-` alone is a sequence indicator, not a value; `{-: x}` is still a key.
            if isInFlow && text.count == 1 && text[0] == UInt8(ascii: "-")
                && source.byte(at: range.end.offset) != UInt8(ascii: ":")
            {
                throw YAMLError(
                    .syntax, file: range.file, at: range.start,
                    "a plain '-' cannot stand alone in a flow collection",
                    hint: "quote it: \"-\"")
            }
        }
        if isInFlow {
            try checkAfterFlowNode(
                endingAt: range.end, source: source, file: range.file, closesCollection: false)
        }
    }

    /// After a node in a flow collection, a `#` must be separated by whitespace, also
    /// when a comma comes between (`[a,#x]`).
    static func checkAfterFlowNode(
        endingAt end: Mark, source: SourceText, file: String, closesCollection: Bool
    ) throws(YAMLError) {
        var offset = end.offset
        if source.byte(at: offset) == UInt8(ascii: "#") {
            throw commentWithoutSpace(file: file, at: end)
        }
        while let byte = source.byte(at: offset), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
            offset += 1
        }
        guard source.byte(at: offset) == UInt8(ascii: ","), source.byte(at: offset + 1) == UInt8(ascii: "#")
        else {
            return
        }
        let column = end.column + (offset + 1 - end.offset)
        throw commentWithoutSpace(file: file, at: Mark(line: end.line, column: column, offset: offset + 1))
    }

    /// Lines after the first of a multi-line quoted scalar must be indented past the
    /// enclosing block collection; blank lines are exempt.
    private static func checkContinuationLines(
        of range: SourceRange, source: SourceText, indentColumn: Int
    ) throws(YAMLError) {
        var offset = range.start.offset
        var line = range.start.line
        while offset < range.end.offset {
            guard source.byte(at: offset) == UInt8(ascii: "\n") else {
                offset += 1
                continue
            }
            offset += 1
            line += 1
            // Only spaces indent; a tab after them is separation, a tab before them is an error.
            var spaces = 0
            while source.byte(at: offset) == UInt8(ascii: " ") {
                offset += 1
                spaces += 1
            }
            var column = spaces + 1
            while let byte = source.byte(at: offset), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
            {
                offset += 1
                column += 1
            }
            guard let byte = source.byte(at: offset), byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r")
            else {
                continue
            }
            if spaces < indentColumn {
                throw YAMLError(
                    .syntax, file: range.file, at: Mark(line: line, column: column, offset: offset),
                    "this line of a quoted value must be indented past column \(indentColumn)",
                    hint: "indent the continuation lines of the quoted value more than its key")
            }
        }
    }

    /// `>#` or `|-#`: the comment after a block scalar indicator needs a space.
    private static func checkBlockScalarHeader(
        at start: Mark, source: SourceText, file: String
    ) throws(YAMLError) {
        guard let first = source.byte(at: start.offset),
            first == UInt8(ascii: "|") || first == UInt8(ascii: ">")
        else {
            return
        }
        var offset = start.offset + 1
        while let byte = source.byte(at: offset),
            byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || (byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9"))
        {
            offset += 1
        }
        if source.byte(at: offset) == UInt8(ascii: "#") {
            throw commentWithoutSpace(
                file: file,
                at: Mark(line: start.line, column: start.column + offset - start.offset, offset: offset))
        }
    }

    /// The spaces that indent the line of `start` when the node is the first thing on its
    /// line, or nil when something precedes it.
    static func indentation(ofLineStartingAt start: Mark, source: SourceText) -> Int? {
        var offset = start.offset
        var spaces = 0
        while offset > 0, let byte = source.byte(at: offset - 1), byte != UInt8(ascii: "\n") {
            switch byte {
            case UInt8(ascii: " "): spaces += 1
            case UInt8(ascii: "\t"): spaces = 0
            default: return nil
            }
            offset -= 1
        }
        return spaces
    }

    static func flowContentNotIndented(file: String, at mark: Mark, indentColumn: Int) -> YAMLError {
        YAMLError(
            .syntax, file: file, at: mark,
            "this value of a flow collection must be indented past column \(indentColumn)",
            hint: "indent the lines of a '[...]' or '{...}' value more than its key")
    }

    static func directiveWithoutDocumentEnd(file: String, at mark: Mark) -> YAMLError {
        YAMLError(
            .syntax, file: file, at: mark, "a directive follows a document that was not ended with '...'",
            hint: "put '...' on its own line before the directive")
    }

    private static func commentWithoutSpace(file: String, at mark: Mark) -> YAMLError {
        YAMLError(
            .syntax, file: file, at: mark, "a comment must be separated from the value by a space",
            hint: "write ' #' instead of '#'")
    }
}
