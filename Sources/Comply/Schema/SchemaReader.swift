import YAML

/// The walk behind ``SchemaDecoder``: reads schema nodes, collecting diagnostics instead of
/// stopping at the first problem.
struct SchemaReader {
    var bag = DiagnosticBag()

    static let rootKeywords: Set<String> = [
        "$schema", "$id", "$defs", "$comment", "title", "description", "type", "properties", "required",
        "additionalProperties",
    ]
    static let commonKeywords: Set<String> = [
        "type", "title", "description", "examples", "default", "$comment",
    ]
    static let keywordsByType: [String: Set<String>] = [
        "object": ["properties", "required", "additionalProperties"],
        "array": ["items", "minItems"],
        "string": ["enum", "pattern", "format"],
        "number": ["minimum", "maximum"],
        "integer": ["minimum", "maximum"],
        "boolean": [],
    ]
    static let allKeywords: Set<String> = keywordsByType.values.reduce(
        commonKeywords.union(rootKeywords).union(["$ref"])
    ) { $0.union($1) }

    // MARK: Root

    mutating func readSchema(_ node: Node, isExtension: Bool) -> ProfileSchema? {
        guard let entries = mapping(node, what: "the schema") else { return nil }
        var schema = ProfileSchema(root: ObjectSchema(name: "Profile"))
        for entry in entries {
            guard let key = keyText(entry) else { continue }
            if key.hasPrefix("x-") {
                if key == "x-version" { schema.version = text(entry.value, keyword: key) }
                continue
            }
            switch key {
            case "$schema", "$comment":
                _ = text(entry.value, keyword: key)
            case "$id": schema.id = text(entry.value, keyword: key)
            case "title": schema.title = text(entry.value, keyword: key)
            case "description": schema.description = description(entry.value)
            case "type":
                if let type = text(entry.value, keyword: key), type != "object" {
                    bag.error(
                        entry.value.range, "the profile schema's top level must be an object, not \(type)",
                        hint: "write `type: object` and list the profile's sections under `properties`")
                }
            case "properties":
                let additional = schema.root.additionalProperties
                schema.root = readObject(name: "Profile", properties: entry.value, additional: nil)
                schema.root.additionalProperties = additional
            case "required":
                // Read after the loop, once `properties` (which may follow) is known.
                continue
            case "additionalProperties":
                schema.root.additionalProperties = boolean(entry.value, keyword: key) ?? false
            case "$defs":
                for definition in readDefinitions(entry.value, isExtension: isExtension) {
                    schema.setDefinition(definition)
                }
            default:
                unknownKeyword(entry.key, key, among: Self.rootKeywords)
            }
        }
        if let required = node["required"] {
            schema.root.required = requiredList(required, isExtension: isExtension)
        }
        checkRequired(schema.root, at: node["required"]?.range)
        return schema
    }

    private mutating func readDefinitions(_ node: Node, isExtension: Bool) -> [SchemaDefinition] {
        guard let entries = mapping(node, what: "$defs") else { return [] }
        var definitions: [SchemaDefinition] = []
        for entry in entries {
            guard let name = keyText(entry) else { continue }
            if !Self.isTypeName(name) {
                bag.error(
                    entry.key.range, "definition name \"\(name)\" is not a type name",
                    hint: "name definitions in UpperCamelCase letters and digits, e.g. \"Product\"")
            }
            if let schema = readNode(entry.value, name: name, isExtension: isExtension) {
                definitions.append(SchemaDefinition(name: name, schema: schema))
            }
        }
        return definitions
    }

    // MARK: Nodes

    /// One schema; `name` names the object type when the node is an object.
    mutating func readNode(_ node: Node, name: String, isExtension: Bool = false) -> SchemaNode? {
        guard let entries = mapping(node, what: "a schema") else { return nil }
        var keys: [String: MappingEntry] = [:]
        var result = SchemaNode(.boolean, range: node.range)
        for entry in entries {
            guard let key = keyText(entry) else { continue }
            if key.hasPrefix("x-") {
                if key == "x-hint" { result.hint = text(entry.value, keyword: key) }
                continue
            }
            guard Self.allKeywords.contains(key), !Self.rootOnly.contains(key) else {
                unknownKeyword(entry.key, key, among: Self.allKeywords.subtracting(Self.rootOnly))
                continue
            }
            keys[key] = entry
        }
        if let title = keys["title"] { result.title = text(title.value, keyword: "title") }
        if let entry = keys["description"] { result.description = description(entry.value) }
        // `examples`, `default` and `$comment` are for editors; decoding ignores them.

        if let reference = keys["$ref"] {
            for (key, entry) in keys
            where !["$ref", "title", "description", "examples", "$comment"].contains(key) {
                bag.error(
                    entry.key.range, "\"\(key)\" cannot stand beside $ref",
                    hint: "put the constraint in the definition that $ref names")
            }
            guard let target = referenceName(reference.value) else { return nil }
            result.kind = .reference(target)
            return result
        }

        guard let type = typeName(keys, node: node, isExtension: isExtension) else { return nil }
        let allowed = Self.commonKeywords.union(Self.keywordsByType[type] ?? [])
        for (key, entry) in keys where !allowed.contains(key) {
            bag.error(
                entry.key.range, "\"\(key)\" does not apply to a schema of type \(type)",
                hint: Self.applicability(of: key).map { "\"\(key)\" applies to \($0) schemas" })
        }
        switch type {
        case "object":
            var object = readObject(
                name: name, properties: keys["properties"]?.value,
                additional: keys["additionalProperties"]?.value)
            if let required = keys["required"] {
                object.required = requiredList(required.value, isExtension: isExtension)
                checkRequired(object, at: required.value.range)
            }
            result.kind = .object(object)
        case "array":
            guard let items = keys["items"] else {
                bag.error(
                    node.range, "an array schema needs `items`",
                    hint: "say what each item is, e.g. `items: {type: string}`")
                return nil
            }
            guard let itemSchema = readNode(items.value, name: name + "Item", isExtension: isExtension) else {
                return nil
            }
            var array = ArraySchema(items: itemSchema)
            if let minItems = keys["minItems"] { array.minItems = count(minItems.value, keyword: "minItems") }
            result.kind = .array(array)
        case "string":
            result.kind = .string(readString(keys))
        case "number", "integer":
            var bounds = NumericBounds()
            if let minimum = keys["minimum"] { bounds.minimum = number(minimum.value, keyword: "minimum") }
            if let maximum = keys["maximum"] { bounds.maximum = number(maximum.value, keyword: "maximum") }
            if let low = bounds.minimum, let high = bounds.maximum, low > high, let entry = keys["maximum"] {
                bag.error(entry.value.range, "maximum \(high) is below minimum \(low)")
            }
            result.kind = type == "number" ? .number(bounds) : .integer(bounds)
        default:
            result.kind = .boolean
        }
        return result
    }

    private static let rootOnly: Set<String> = ["$schema", "$id", "$defs"]

    private mutating func typeName(_ keys: [String: MappingEntry], node: Node, isExtension: Bool) -> String? {
        if let entry = keys["type"] {
            guard let type = text(entry.value, keyword: "type") else { return nil }
            guard Self.keywordsByType[type] != nil else {
                let types = Self.keywordsByType.keys.sorted()
                bag.error(
                    entry.value.range, "unknown type \"\(type)\"",
                    hint: DidYouMean.hint(for: type, among: types)
                        ?? "the types are \(types.joined(separator: ", "))")
                return nil
            }
            return type
        }
        // JSON Schema lets the keywords imply the type; so do we, for the obvious cases.
        if keys["properties"] != nil { return "object" }
        if keys["items"] != nil { return "array" }
        if keys["enum"] != nil || keys["pattern"] != nil || keys["format"] != nil { return "string" }
        bag.error(
            node.range, "a schema needs a `type`",
            hint:
                "write `type: string` (or object, array, number, integer, boolean), or `$ref: \"#/$defs/Name\"`"
        )
        return nil
    }

    private static func applicability(of keyword: String) -> String? {
        let types = keywordsByType.filter { $0.value.contains(keyword) }.keys.sorted()
        return types.isEmpty ? nil : types.joined(separator: " and ")
    }

    mutating func readObject(name: String, properties: Node?, additional: Node?) -> ObjectSchema {
        var object = ObjectSchema(name: name)
        if let additional {
            object.additionalProperties = boolean(additional, keyword: "additionalProperties") ?? false
        }
        guard let properties, let entries = mapping(properties, what: "properties") else { return object }
        for entry in entries {
            guard let key = keyText(entry) else { continue }
            if !Self.isFieldName(key) {
                bag.error(
                    entry.key.range, "property name \"\(key)\" is not a CEL identifier",
                    hint: "rules select fields with `.name`, so use snake_case letters, digits and _")
            }
            let inlineName = name + Self.upperCamel(key)
            if let schema = readNode(entry.value, name: inlineName) {
                object.set(SchemaProperty(name: key, schema: schema, range: entry.key.range))
            }
        }
        return object
    }

    private mutating func readString(_ keys: [String: MappingEntry]) -> StringSchema {
        var string = StringSchema()
        if let entry = keys["enum"] {
            if let items = sequence(entry.value, keyword: "enum") {
                var values: [String] = []
                for item in items {
                    guard let scalar = item.scalar else {
                        bag.error(item.range, "enum values must be scalars")
                        continue
                    }
                    if values.contains(scalar.text) {
                        bag.error(item.range, "enum value \"\(scalar.text)\" is listed twice")
                    }
                    values.append(scalar.text)
                }
                if values.isEmpty { bag.error(entry.value.range, "an enum needs at least one value") }
                string.allowed = values
            }
        }
        if let entry = keys["pattern"], let pattern = text(entry.value, keyword: "pattern") {
            do {
                _ = try Regex(pattern)
                string.pattern = pattern
            } catch {
                bag.error(
                    entry.value.range, "pattern does not compile: \(error)",
                    hint: "patterns use Swift Regex syntax, which accepts the usual ECMA-262 forms")
            }
        }
        if let entry = keys["format"], let format = text(entry.value, keyword: "format") {
            if let known = StringSchema.Format(rawValue: format) {
                string.format = known
            } else {
                let formats = StringSchema.Format.allCases.map(\.rawValue)
                bag.error(
                    entry.value.range, "unsupported format \"\(format)\"",
                    hint: DidYouMean.hint(for: format, among: formats)
                        ?? "supported formats: \(formats.joined(separator: ", ")); use `pattern` for others")
            }
        }
        return string
    }

    // MARK: References

    private mutating func referenceName(_ node: Node) -> String? {
        guard let reference = text(node, keyword: "$ref") else { return nil }
        let prefix = "#/$defs/"
        guard reference.hasPrefix(prefix), reference.count > prefix.count else {
            bag.error(
                node.range, "unsupported reference \"\(reference)\"",
                hint: "refer to a definition of this schema as \"#/$defs/Name\"")
            return nil
        }
        return String(reference.dropFirst(prefix.count))
    }

    mutating func checkReferences(of schema: ProfileSchema) {
        let names = schema.definitions.map(\.name)
        for (name, range) in schema.references() where schema.definition(named: name) == nil {
            guard let range else { continue }
            bag.error(
                range, "reference to undefined definition \"\(name)\"",
                hint: DidYouMean.hint(for: name, among: names) ?? "define it under `$defs`")
        }
        for definition in schema.definitions where schema.resolve(definition.schema) == nil {
            if case .reference = definition.schema.kind, let range = definition.schema.range {
                bag.error(range, "definition \"\(definition.name)\" refers to itself through $ref")
            }
        }
    }

    private mutating func requiredList(_ node: Node, isExtension: Bool) -> [String] {
        if isExtension {
            bag.error(
                node.range, "a pack's schema extension cannot make fields required",
                hint:
                    "profiles written for other packs would become invalid; a check can require the fact instead"
            )
            return []
        }
        guard let items = sequence(node, keyword: "required") else { return [] }
        return items.compactMap { item in
            guard let scalar = item.scalar else {
                bag.error(item.range, "required lists property names")
                return nil
            }
            return scalar.text
        }
    }

    private mutating func checkRequired(_ object: ObjectSchema, at range: SourceRange?) {
        guard let range else { return }
        for name in object.required where object.property(named: name) == nil {
            bag.error(
                range, "required field \"\(name)\" is not among the properties of \(object.name)",
                hint: DidYouMean.hint(for: name, among: object.propertyNames))
        }
    }

    // MARK: Scalars

    private mutating func mapping(_ node: Node, what: String) -> MappingEntries? {
        if let entries = node.mapping { return entries }
        bag.error(node.range, "\(what) must be a mapping", hint: "write `key: value` pairs, indented")
        return nil
    }

    private mutating func sequence(_ node: Node, keyword: String) -> SequenceItems? {
        if let items = node.sequence { return items }
        bag.error(node.range, "\(keyword) must be a list", hint: "write `[a, b]` or one `- item` per line")
        return nil
    }

    private mutating func keyText(_ entry: MappingEntry) -> String? {
        if let scalar = entry.key.scalar { return scalar.text }
        bag.error(entry.key.range, "mapping keys must be scalars")
        return nil
    }

    mutating func text(_ node: Node, keyword: String) -> String? {
        if let scalar = node.scalar, !node.isNull { return scalar.text }
        bag.error(node.range, "\(keyword) must be a string")
        return nil
    }

    private mutating func boolean(_ node: Node, keyword: String) -> Bool? {
        if case .bool(let flag) = node.resolvedScalar { return flag }
        bag.error(node.range, "\(keyword) must be true or false")
        return nil
    }

    private mutating func number(_ node: Node, keyword: String) -> Double? {
        switch node.resolvedScalar {
        case .int(let value): return Double(value)
        case .double(let value) where value.isFinite: return value
        default:
            bag.error(node.range, "\(keyword) must be a number")
            return nil
        }
    }

    private mutating func count(_ node: Node, keyword: String) -> Int? {
        if case .int(let value) = node.resolvedScalar, value >= 0, let count = Int(exactly: value) {
            return count
        }
        bag.error(node.range, "\(keyword) must be a whole number, 0 or more")
        return nil
    }

    mutating func description(_ node: Node) -> SchemaDescription? {
        if let scalar = node.scalar { return SchemaDescription(english: scalar.text) }
        guard let entries = node.mapping else {
            bag.error(node.range, "description must be a string or {en: …, vi: …}")
            return nil
        }
        var english: String?
        var vietnamese: String?
        for entry in entries {
            guard let key = keyText(entry) else { continue }
            switch key {
            case "en": english = text(entry.value, keyword: "description.en")
            case "vi": vietnamese = text(entry.value, keyword: "description.vi")
            default:
                bag.error(
                    entry.key.range, "unknown language \"\(key)\" in a description",
                    hint: DidYouMean.hint(for: key, among: ["en", "vi"]) ?? "descriptions have `en` and `vi`")
            }
        }
        guard let english else {
            bag.error(node.range, "description needs an English text under `en`")
            return nil
        }
        return SchemaDescription(english: english, vietnamese: vietnamese)
    }

    private mutating func unknownKeyword(_ keyNode: Node, _ key: String, among keywords: Set<String>) {
        bag.error(
            keyNode.range, "unknown schema keyword \"\(key)\"",
            hint: DidYouMean.hint(for: key, among: keywords.sorted())
                ?? "write extensions with an `x-` prefix, e.g. `x-\(key)`")
    }

    // MARK: Names

    static func isFieldName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
            first.isASCII
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
    }

    static func isTypeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isUppercase else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
        }
    }

    static func upperCamel(_ snake: String) -> String {
        snake.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
