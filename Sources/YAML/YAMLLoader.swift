/// Loads YAML streams into `Node` documents through libyaml's event API.
///
/// ```swift
/// let loader = YAMLLoader()
/// let documents = try loader.load(contentsOfFile: "Examples/profiles/mango-coop.yaml")
/// for document in documents {
///     print(document["enterprise"]?["name"]?.scalar?.text ?? "-")
/// }
/// ```
///
/// Every failure is a `YAMLError` with the file, line and column where it was seen:
/// libyaml's syntax and encoding errors, duplicate keys (naming both lines), undefined or
/// recursive aliases, invalid merge keys, values that do not fit their explicit core tag,
/// and the bounds of `Limits`. A loader is a value and may be shared between threads.
public struct YAMLLoader: Sendable {
    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Loads every document of `text`; `file` is the name errors and ranges show.
    public func load(_ text: String, file: String = "<input>") throws(YAMLError) -> [Node] {
        var text = text
        let result = text.withUTF8 { bytes in load(buffer: bytes, file: file) }
        return try result.get()
    }

    /// Loads every document of raw bytes (UTF-8, or UTF-16 with a byte-order mark).
    public func load(bytes: [UInt8], file: String) throws(YAMLError) -> [Node] {
        let result = bytes.withUnsafeBufferPointer { buffer in load(buffer: buffer, file: file) }
        return try result.get()
    }

    /// Reads and loads a file; `displayName` (default: the path) is the name errors show.
    public func load(contentsOfFile path: String, displayName: String? = nil) throws(YAMLError) -> [Node] {
        let name = displayName ?? path
        let bytes = try FileBytes.load(path: path, displayName: name, limit: limits.maxInputBytes)
        return try load(bytes: bytes, file: name)
    }

    private func load(buffer: UnsafeBufferPointer<UInt8>, file: String) -> Result<[Node], YAMLError> {
        // Nodes are indexed with 32 bits, which inputs up to this size cannot overflow.
        let limit = min(limits.maxInputBytes, Self.largestInput)
        guard buffer.count <= limit else {
            return .failure(Self.inputTooLarge(file: file, size: buffer.count, limit: limit))
        }
        do throws(YAMLError) {
            let events = try EventStream(input: buffer, file: file)
            var builder = NodeBuilder(file: file, limits: limits, source: SourceText(bytes: buffer))
            while try !builder.consume(events.next()) {}
            return .success(builder.documents())
        } catch {
            return .failure(error)
        }
    }

    /// 512 MiB: every byte makes at most a few records, links and bytes of text.
    static let largestInput = 1 << 29

    static func inputTooLarge(file: String, size: Int, limit: Int) -> YAMLError {
        YAMLError(
            kind: .inputTooLarge, file: file, line: 0, column: 0,
            message: "input of \(size) bytes exceeds the limit of \(limit) bytes",
            hint: "split the file, or raise YAMLLoader.Limits.maxInputBytes")
    }
}
