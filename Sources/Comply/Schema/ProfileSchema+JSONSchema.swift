extension ProfileSchema {
    /// The schema as standard JSON Schema (draft 2020-12) text, for editors and other
    /// validators: descriptions in one language (`en` or `vi`, English when a text has no
    /// translation), `additionalProperties: false` written out, and patterns anchored
    /// explicitly (JSON Schema patterns are unanchored; ours match the whole text).
    ///
    /// ```swift
    /// let text = schema.jsonSchema(language: "vi")
    /// try text.write(toFile: "profile.schema.json", atomically: true, encoding: .utf8)
    /// ```
    ///
    /// Point an editor at it with `# yaml-language-server: $schema=profile.schema.json` at
    /// the top of a profile, or `"$schema"` in a JSON profile.
    public func jsonSchema(language: String = "en") -> String {
        var members: [(String, JSONText)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema"))
        ]
        if let id { members.append(("$id", .string(id))) }
        if let title { members.append(("title", .string(title))) }
        if let description { members.append(("description", .string(description.text(language: language)))) }
        // Profiles may name their schema for editors; the decoder accepts the key too.
        var root = root
        root.set(SchemaProperty(name: "$schema", schema: SchemaNode(.string(StringSchema()))))
        members.append(contentsOf: JSONSchemaWriter(language: language).objectMembers(root))
        if !definitions.isEmpty {
            let writer = JSONSchemaWriter(language: language)
            members.append(("$defs", .object(definitions.map { ($0.name, writer.json($0.schema)) })))
        }
        var output = ""
        JSONText.object(members).write(to: &output, indent: "")
        return output + "\n"
    }
}

/// Turns schema nodes into JSON values in one language.
private struct JSONSchemaWriter {
    let language: String

    func json(_ node: SchemaNode) -> JSONText {
        var members: [(String, JSONText)] = []
        if let title = node.title { members.append(("title", .string(title))) }
        if let description = node.description {
            members.append(("description", .string(description.text(language: language))))
        }
        switch node.kind {
        case .reference(let name):
            members.insert(("$ref", .string("#/$defs/\(name)")), at: 0)
        case .object(let object):
            members.append(contentsOf: objectMembers(object))
        case .array(let array):
            members.append(("type", .string("array")))
            members.append(("items", json(array.items)))
            if let minItems = array.minItems { members.append(("minItems", .number(Double(minItems)))) }
        case .string(let string):
            members.append(("type", .string("string")))
            if let allowed = string.allowed { members.append(("enum", .array(allowed.map(JSONText.string)))) }
            if let pattern = string.pattern { members.append(("pattern", .string(Self.anchored(pattern)))) }
            if let format = string.format { members.append(("format", .string(format.rawValue))) }
        case .number(let bounds), .integer(let bounds):
            members.append(("type", .string(node.typeName)))
            if let minimum = bounds.minimum { members.append(("minimum", .number(minimum))) }
            if let maximum = bounds.maximum { members.append(("maximum", .number(maximum))) }
        case .boolean:
            members.append(("type", .string("boolean")))
        }
        return .object(members)
    }

    func objectMembers(_ object: ObjectSchema) -> [(String, JSONText)] {
        var members: [(String, JSONText)] = [("type", .string("object"))]
        if !object.required.isEmpty {
            members.append(("required", .array(object.required.map(JSONText.string))))
        }
        members.append(("properties", .object(object.properties.map { ($0.name, json($0.schema)) })))
        members.append(("additionalProperties", .bool(object.additionalProperties)))
        return members
    }

    static func anchored(_ pattern: String) -> String {
        pattern.hasPrefix("^") && pattern.hasSuffix("$") ? pattern : "^(?:\(pattern))$"
    }
}

/// A JSON value with ordered object members, written with two-space indentation.
private indirect enum JSONText {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONText])
    case object([(String, JSONText)])

    func write(to output: inout String, indent: String) {
        switch self {
        case .string(let text): JSONString.write(text, into: &output)
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                output += String(Int64(number))
            } else {
                output += String(number)
            }
        case .bool(let flag): output += flag ? "true" : "false"
        case .array(let items):
            // Short scalar lists (enums, required) read best on one line.
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += ", " }
                item.write(to: &output, indent: indent)
            }
            output += "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += inner
                JSONString.write(member.0, into: &output)
                output += ": "
                member.1.write(to: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }
}
