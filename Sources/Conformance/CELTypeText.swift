import CEL

/// Reads the suite's type text (`int`, `list(string)`, `map(string, dyn)`,
/// `optional_type(int)`, `tuple(T, U, V)`, `google.protobuf.Duration`) as a ``CELType``.
///
/// A bare name written with a capital initial (`T`) is a type parameter unless the
/// declaration lists its type parameters explicitly; any other unknown name with
/// parameters is an abstract (opaque) type, and a dotted name is a message type.
struct CELTypeText {
    /// Names known to be type parameters; `nil` means "guess from the capital".
    var typeParameters: Set<String>?

    init(typeParameters: Set<String>? = nil) {
        self.typeParameters = typeParameters
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var text: String
        var reason: String
        var description: String { "bad type \"\(text)\": \(reason)" }
    }

    func parse(_ text: String) throws(SyntaxError) -> CELType {
        var reader = Reader(characters: Array(text), position: 0)
        let type = try read(&reader, text: text)
        reader.skipSpaces()
        guard reader.atEnd else { throw SyntaxError(text: text, reason: "trailing characters") }
        return type
    }

    private struct Reader {
        var characters: [Character]
        var position: Int

        var atEnd: Bool { position >= characters.count }

        mutating func skipSpaces() {
            while position < characters.count, characters[position] == " " { position += 1 }
        }

        mutating func take(_ character: Character) -> Bool {
            skipSpaces()
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
            return true
        }

        mutating func name() -> String {
            skipSpaces()
            var result = ""
            while position < characters.count {
                let character = characters[position]
                guard character.isLetter || character.isNumber || character == "_" || character == "." else {
                    break
                }
                result.append(character)
                position += 1
            }
            return result
        }
    }

    private func read(_ reader: inout Reader, text: String) throws(SyntaxError) -> CELType {
        let name = reader.name()
        guard !name.isEmpty else { throw SyntaxError(text: text, reason: "expected a type name") }
        var parameters: [CELType] = []
        if reader.take("(") {
            repeat {
                parameters.append(try read(&reader, text: text))
            } while reader.take(",")
            guard reader.take(")") else { throw SyntaxError(text: text, reason: "expected ')'") }
        }
        return try resolve(name, parameters, text: text)
    }

    private func resolve(_ name: String, _ parameters: [CELType], text: String) throws(SyntaxError) -> CELType
    {
        func arity(_ count: Int) throws(SyntaxError) {
            guard parameters.count == count else {
                throw SyntaxError(text: text, reason: "\(name) takes \(count) type parameter(s)")
            }
        }
        switch name {
        case "dyn": return .dyn
        case "null_type": return .null
        case "bool": return .bool
        case "int": return .int
        case "uint": return .uint
        case "double": return .double
        case "string": return .string
        case "bytes": return .bytes
        case "google.protobuf.Timestamp": return .timestamp
        case "google.protobuf.Duration": return .duration
        case "list":
            try arity(1)
            return .list(parameters[0])
        case "map":
            try arity(2)
            return .map(parameters[0], parameters[1])
        case "optional_type":
            try arity(1)
            return .optional(parameters[0])
        case "type":
            return parameters.isEmpty ? .type(.dyn) : .type(parameters[0])
        default:
            if name.contains(".") { return .message(name) }
            if parameters.isEmpty && isTypeParameter(name) { return .typeParameter(name) }
            return .opaque(name, parameters)
        }
    }

    private func isTypeParameter(_ name: String) -> Bool {
        if let typeParameters { return typeParameters.contains(name) }
        return name.first?.isUppercase == true
    }
}
