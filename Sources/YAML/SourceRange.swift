/// Where a node came from: the file's display name and the marks of its first character
/// and of the position just past its last one.
///
/// The name is a `String`: the nodes of one load share its storage, so a range costs a
/// reference count, not a copy; and no table outside the value has to remember it.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var start: Mark
    public var end: Mark

    public init(file: String, start: Mark, end: Mark) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// `file:line:column` of the start, the form compilers print.
    public var description: String { "\(file):\(start.line):\(start.column)" }
}
