/// A position in a YAML source.
///
/// `line` and `column` are 1-based, as editors show them; `column` counts Unicode scalars
/// from the start of the line. `offset` is the 0-based position in the input as libyaml
/// counts it (bytes for UTF-8 input).
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool { lhs.offset < rhs.offset }

    public var description: String { "\(line):\(column)" }
}
