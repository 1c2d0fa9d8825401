/// The text of one CEL expression and where it came from.
///
/// Offsets in a ``Span`` count Unicode scalars (code points) from the start of
/// `text`, as the CEL specification counts columns. A host that embeds an
/// expression in a larger file (a rule pack in YAML) sets `origin` so that
/// diagnostics can name the file position of the expression's first character.
public struct Source: Sendable, Hashable {
    /// The expression text.
    public let text: String
    /// A human name for where the text came from (a file name, `<input>`).
    public let description: String
    /// Where the first character of `text` sits in its file, 1-based; `nil` when standalone.
    public let origin: (line: Int, column: Int)?
    /// The scalars of `text`, for column arithmetic.
    public let scalars: [Unicode.Scalar]
    /// Offsets (in scalars) at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(_ text: String, description: String = "<input>", origin: (line: Int, column: Int)? = nil) {
        self.text = text
        self.description = description
        self.origin = origin
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The 1-based line and column of a scalar offset within `text`.
    public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The line and column in the enclosing file, taking `origin` into account.
    public func fileLineColumn(of offset: Int) -> (line: Int, column: Int) {
        let (line, column) = lineColumn(of: offset)
        guard let origin else { return (line, column) }
        return line == 1 ? (origin.line, origin.column + column - 1) : (origin.line + line - 1, column)
    }

    /// The text of the 1-based `line` of `text`, without its newline.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : scalars.count
        if end < start { end = start }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    public static func == (lhs: Source, rhs: Source) -> Bool {
        lhs.text == rhs.text && lhs.description == rhs.description
            && lhs.origin?.line == rhs.origin?.line && lhs.origin?.column == rhs.origin?.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(description)
    }
}

/// A half-open range of scalar offsets `[start, end)` within a ``Source``.
public struct Span: Sendable, Hashable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// A span covering both `self` and `other`.
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { "\(start)..<\(end)" }
}
