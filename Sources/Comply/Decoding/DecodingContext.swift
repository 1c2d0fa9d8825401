import YAML

/// The state of decoding one file: where it is, its bytes (to map CEL columns exactly),
/// and the diagnostics found so far.
struct DecodingContext {
    /// The display name of the file, as diagnostics print it.
    let file: String
    /// The file's bytes, when known; block and multi-line CEL scalars are sliced from them.
    let sourceBytes: [UInt8]?
    var bag: DiagnosticBag

    init(file: String, sourceBytes: [UInt8]?, bag: DiagnosticBag = DiagnosticBag()) {
        self.file = file
        self.sourceBytes = sourceBytes
        self.bag = bag
    }

    mutating func error(_ range: SourceRange, _ message: String, hint: String? = nil) {
        bag.error(range, message, hint: hint)
    }

    mutating func warning(_ range: SourceRange, _ message: String, hint: String? = nil) {
        bag.warning(range, message, hint: hint)
    }

    /// The directory of `file`, for resolving paths written in it ("" for a bare name).
    var directory: String { PathText.directory(of: file) }
}
