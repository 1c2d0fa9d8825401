/// A position in a YAML source.
///
/// `line` and `column` are 1-based, as editors show them; `column` counts Unicode scalars
/// from the start of the line. `offset` is the 0-based byte offset in the input (for UTF-16
/// input, in its bytes too).
///
/// The three numbers are stored in 32 bits each, since every node carries two marks and
/// smaller nodes load faster; values beyond `Int32.max` are clamped.
public struct Mark: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    @inline(__always)
    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    public static func < (lhs: Mark, rhs: Mark) -> Bool { lhs.storedOffset < rhs.storedOffset }

    public var description: String { "\(line):\(column)" }
}
