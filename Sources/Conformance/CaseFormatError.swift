/// A line of a case file that is not a case in the expected format: the file is
/// broken, not the engine, so the run stops and names the line.
public struct CaseFormatError: Error, Sendable, CustomStringConvertible {
    /// `file:line` of the offending case line.
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}
