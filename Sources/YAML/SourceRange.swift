/// Where a node came from: the file's display name and the marks of its first character
/// and of the position just past its last one.
///
/// The name is kept as a number in `FileNames`, so a range holds no reference: every node
/// carries one, and a reference would be retained when the node is made and released when
/// it is freed, and would make each node 16 bytes larger.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: Mark
    public var end: Mark
    private var fileID: FileNames.ID

    public init(file: String, start: Mark, end: Mark) {
        self.init(fileID: FileNames.id(of: file), start: start, end: end)
    }

    init(fileID: FileNames.ID, start: Mark, end: Mark) {
        self.start = start
        self.end = end
        self.fileID = fileID
    }

    /// The file's display name, as given when the range was made.
    public var file: String {
        get { FileNames.name(of: fileID) }
        set { fileID = FileNames.id(of: newValue) }
    }

    /// `file:line:column` of the start, the form compilers print.
    public var description: String { "\(file):\(start.line):\(start.column)" }
}
