extension CELType {
    /// Reads a type from the text CEL uses to print it, so that declarations can be
    /// written the way the checker reports them:
    ///
    ///     try CELType(parsing: "map(string, list(int))")   // .map(.string, .list(.int))
    ///     try CELType(parsing: "optional_type(T)")         // .optional(.typeParameter("T"))
    ///     try CELType(parsing: "google.protobuf.Duration") // .duration
    ///
    /// Besides the names ``description`` prints, it accepts `timestamp`, `duration`,
    /// `null`, bare `list`, `map` and `type` (their elements `dyn`), and
    /// `google.protobuf.Any`/`google.protobuf.Value` (as `dyn`). A bare name starting
    /// with an upper-case letter (`T`, `K`, `V`) is a type parameter; any other
    /// dotted name is a message; any other name, with or without parameters, is an
    /// opaque type (`tuple(T, U)`). For every type `t`,
    /// `CELType(parsing: t.description) == t`.
    public init(parsing text: String) throws(TypeParseError) {
        var reader = TypeTextReader(text)
        let type = try reader.readType()
        reader.skipSpaces()
        if let extra = reader.peek {
            throw TypeParseError(
                message: "unexpected '\(extra)' after the type", text: text, offset: reader.offset)
        }
        self = type
    }
}

/// A type name that ``CELType/init(parsing:)`` could not read.
public struct TypeParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// The text that was being read.
    public var text: String
    /// Where in `text` the problem is, in Unicode scalars from its start.
    public var offset: Int

    public init(message: String, text: String, offset: Int) {
        self.message = message
        self.text = text
        self.offset = offset
    }

    public var description: String { "invalid type '\(text)' at offset \(offset): \(message)" }
}

/// A cursor over the scalars of a type's text.
private struct TypeTextReader {
    let text: String
    let scalars: [Unicode.Scalar]
    var offset = 0
    /// Guards the recursion against absurdly nested input.
    var depth = 0
    static let maxDepth = 100

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    var peek: Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }

    mutating func skipSpaces() {
        while let scalar = peek, scalar.properties.isWhitespace { offset += 1 }
    }

    func error(_ message: String) -> TypeParseError {
        TypeParseError(message: message, text: text, offset: offset)
    }

    mutating func expect(_ scalar: Unicode.Scalar) throws(TypeParseError) {
        skipSpaces()
        guard peek == scalar else {
            throw error(
                peek.map { "expected '\(scalar)' but found '\($0)'" } ?? "expected '\(scalar)' at the end")
        }
        offset += 1
    }

    /// A dotted name such as `google.protobuf.Timestamp`, `null_type` or `*error*`.
    mutating func readName() throws(TypeParseError) -> String {
        skipSpaces()
        let start = offset
        if peek == "*" {
            while let scalar = peek, scalar == "*" || scalar.properties.isAlphabetic { offset += 1 }
        } else {
            while let scalar = peek,
                scalar == "." || scalar == "_" || scalar.properties.isAlphabetic
                    || ("0"..."9").contains(scalar)
            {
                offset += 1
            }
        }
        guard offset > start else {
            throw error(peek.map { "expected a type name but found '\($0)'" } ?? "expected a type name")
        }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[start..<offset])
        return String(name)
    }

    mutating func readType() throws(TypeParseError) -> CELType {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw error("type nested more than \(Self.maxDepth) levels deep")
        }
        let nameStart = offset
        let name = try readName()
        skipSpaces()
        var parameters: [CELType] = []
        let hasParameters = peek == "("
        if hasParameters {
            offset += 1
            repeat {
                parameters.append(try readType())
                skipSpaces()
                guard peek == "," else { break }
                offset += 1
            } while true
            try expect(")")
        }
        if let type = Self.named(name, parameters, hasParameters: hasParameters) {
            return type
        }
        offset = nameStart
        throw error("'\(name)' takes \(Self.arity[name] ?? 0) type parameters, not \(parameters.count)")
    }

    /// How many parameters the parameterised built-in types take.
    static let arity: [String: Int] = ["list": 1, "map": 2, "type": 1, "optional_type": 1]

    static func named(_ name: String, _ parameters: [CELType], hasParameters: Bool) -> CELType? {
        switch (name, parameters.count) {
        case ("list", 1): return .list(parameters[0])
        case ("list", 0): return hasParameters ? nil : .list(.dyn)
        case ("map", 2): return .map(parameters[0], parameters[1])
        case ("map", 0): return hasParameters ? nil : .map(.dyn, .dyn)
        case ("type", 1): return .type(parameters[0])
        case ("type", 0): return hasParameters ? nil : .type(.dyn)
        case ("optional_type", 1): return .optional(parameters[0])
        case ("list", _), ("map", _), ("type", _), ("optional_type", _): return nil
        default: break
        }
        if hasParameters { return .opaque(name, parameters) }
        switch name {
        case "dyn", "google.protobuf.Any", "google.protobuf.Value": return .dyn
        case "null_type", "null": return .null
        case "bool": return .bool
        case "int": return .int
        case "uint": return .uint
        case "double": return .double
        case "string": return .string
        case "bytes": return .bytes
        case "timestamp", "google.protobuf.Timestamp": return .timestamp
        case "duration", "google.protobuf.Duration": return .duration
        case "*error*": return .error
        default: break
        }
        if name.contains(".") { return .message(name) }
        if let first = name.unicodeScalars.first, first.properties.isUppercase { return .typeParameter(name) }
        return .opaque(name, [])
    }
}
