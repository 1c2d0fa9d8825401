import CEL
import YAML

/// The variables an input document defines: each key of its top-level mapping is a
/// variable, with the decoded value and its ``InferredType``.
///
/// ```swift
/// let documents = try YAMLLoader().load(contentsOfFile: "Examples/inputs/mango-export.yaml")
/// let input = try InputVariables(documents: documents, file: "Examples/inputs/mango-export.yaml")
/// var environment = Environment()
/// for variable in input.variables { environment.declare(variable: variable.name, type: variable.type) }
/// ```
public struct InputVariables: Sendable {
    public struct Variable: Sendable {
        public var name: String
        public var value: Value
        public var type: CELType
        /// Where the variable's key was written.
        public var range: SourceRange?

        public init(name: String, value: Value, type: CELType, range: SourceRange? = nil) {
            self.name = name
            self.value = value
            self.type = type
            self.range = range
        }
    }

    /// In document order.
    public private(set) var variables: [Variable] = []

    public init() {}

    /// The variables of a loaded file: no document means no variables; the one
    /// document must be a mapping whose keys are CEL identifiers.
    public init(documents: [Node], file: String) throws(InputError) {
        guard let document = documents.first else { return }
        if documents.count > 1 {
            throw InputError(
                range: documents[1].range,
                message: "an input file holds one document, this one has \(documents.count)",
                hint: "remove the `---` separators, or split the documents into files")
        }
        if document.isNull { return }
        guard let entries = document.mapping else {
            throw InputError(
                range: document.range,
                message: "the input's top level must be a mapping of variable names to values",
                hint: "write `name: value` pairs at the top level, e.g. `product: {...}`")
        }
        for entry in entries {
            let name = try ValueDecoding.keyText(entry.key)
            try Self.validate(name: name, range: entry.key.range)
            set(name, to: try ValueDecoding.value(of: entry.value), at: entry.key.range)
        }
    }

    /// Adds or replaces a variable (a later `--var` overrides an input file's key).
    public mutating func set(_ name: String, to value: Value, at range: SourceRange? = nil) {
        let variable = Variable(name: name, value: value, type: InferredType.of(value), range: range)
        if let index = variables.firstIndex(where: { $0.name == name }) {
            variables[index] = variable
        } else {
            variables.append(variable)
        }
    }

    /// Declares every variable in `environment`.
    public func declare(in environment: inout Environment) {
        for variable in variables { environment.declare(variable: variable.name, type: variable.type) }
    }

    /// The values, for an ``Activation``.
    public var values: [String: Value] {
        Dictionary(variables.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// CEL's reserved words, which cannot name a variable.
    static let reservedWords: Set<String> = [
        "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
        "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
    ]

    /// Whether `name` can be written as a variable in an expression: ASCII letters,
    /// digits and `_`, not starting with a digit, not a reserved word.
    public static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar)
        } && !reservedWords.contains(name)
    }

    static func validate(name: String, range: SourceRange) throws(InputError) {
        guard isIdentifier(name) else {
            let why = reservedWords.contains(name) ? "is a CEL reserved word" : "is not a CEL identifier"
            throw InputError(
                range: range, message: "top-level key \"\(name)\" \(why), so it cannot be a variable",
                hint: "rename it with letters, digits and `_` (not starting with a digit), e.g. \"hs_code\"")
        }
    }
}
