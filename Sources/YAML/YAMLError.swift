/// A YAML input the loader refuses, located where the problem was seen.
///
/// `description` renders it the way compilers do:
///
/// ```text
/// profile.yaml:3:1: error: duplicate key "name" (first at line 2)
///   hint: a mapping may hold each key once; remove or rename one of them
/// ```
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, so callers and tests can branch without parsing messages.
    public enum Kind: String, Hashable, Sendable {
        /// libyaml's reader: invalid UTF-8, control characters, an unreadable encoding.
        case encoding
        /// libyaml's scanner or parser: the text is not well-formed YAML.
        case syntax
        case duplicateKey
        case undefinedAlias
        case recursiveAlias
        case aliasBudgetExceeded
        case depthLimitExceeded
        case inputTooLarge
        case scalarTooLarge
        /// A scalar whose explicit core tag does not fit its text (`!!int abc`).
        case invalidTaggedValue
        case invalidMerge
        /// The file could not be opened or read.
        case io
    }

    public var kind: Kind
    public var file: String
    /// 1-based; 0 when the error has no position (an unreadable file).
    public var line: Int
    /// 1-based; 0 when the error has no position.
    public var column: Int
    public var message: String
    public var hint: String?

    public init(
        kind: Kind, file: String, line: Int, column: Int, message: String, hint: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    init(_ kind: Kind, file: String, at mark: Mark, _ message: String, hint: String? = nil) {
        self.init(
            kind: kind, file: file, line: mark.line, column: mark.column, message: message, hint: hint)
    }

    public var description: String {
        let location = line > 0 ? "\(file):\(line):\(column)" : file
        var text = "\(location): error: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
