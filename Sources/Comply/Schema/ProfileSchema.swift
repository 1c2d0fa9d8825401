import YAML

/// The enterprise profile schema: a subset of JSON Schema (draft 2020-12) decoded from
/// `Rules/schema/profile.schema.yaml`.
///
/// It validates profiles (``ProfileDecoder``), types the profile variables for the CEL
/// checker (``SchemaCELTypes``) and may be extended by packs (``merging(_:)``).
///
/// ```swift
/// let schema = try SchemaDecoder().decode(contentsOfFile: "Rules/schema/profile.schema.yaml")
/// schema.root.propertyNames                       // ["enterprise", "products", "projects"]
/// schema.definition(named: "Product")?.typeName   // "object"
/// ```
public struct ProfileSchema: Sendable, Hashable {
    /// `$id`, when written.
    public var id: String?
    public var title: String?
    /// `x-version`: the schema's own semantic version.
    public var version: String?
    public var description: SchemaDescription?
    /// The profile's top level; each property is a CEL variable of a check.
    public var root: ObjectSchema
    /// `$defs`, in the order written (extensions append).
    public private(set) var definitions: [SchemaDefinition]
    private var definitionIndex: [String: Int]

    public init(
        id: String? = nil, title: String? = nil, version: String? = nil,
        description: SchemaDescription? = nil, root: ObjectSchema, definitions: [SchemaDefinition] = []
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.description = description
        self.root = root
        self.definitions = []
        self.definitionIndex = [:]
        for definition in definitions { setDefinition(definition) }
    }

    public func definition(named name: String) -> SchemaNode? {
        definitionIndex[name].map { definitions[$0].schema }
    }

    /// Adds a definition, or replaces the one of the same name in place.
    public mutating func setDefinition(_ definition: SchemaDefinition) {
        if let index = definitionIndex[definition.name] {
            definitions[index] = definition
        } else {
            definitionIndex[definition.name] = definitions.count
            definitions.append(definition)
        }
    }

    /// The schema a node stands for, following `$ref`s; nil for a reference to nothing
    /// or a cycle of references (the decoder reports both, so a decoded schema has none).
    public func resolve(_ node: SchemaNode) -> SchemaNode? {
        var current = node
        var seen: Set<String> = []
        while case .reference(let name) = current.kind {
            guard seen.insert(name).inserted, let target = definition(named: name) else { return nil }
            // The referring node's description says what this use of the type means.
            let description = current.description ?? target.description
            let hint = current.hint ?? target.hint
            current = target
            current.description = description
            current.hint = hint
        }
        return current
    }

    /// Every `$ref` name used in the schema, with where it was written, for validation.
    func references() -> [(name: String, range: SourceRange?)] {
        var found: [(name: String, range: SourceRange?)] = []
        func visit(_ node: SchemaNode) {
            switch node.kind {
            case .reference(let name): found.append((name, node.range))
            case .object(let object): object.properties.forEach { visit($0.schema) }
            case .array(let array): visit(array.items)
            case .string, .number, .integer, .boolean: break
            }
        }
        root.properties.forEach { visit($0.schema) }
        definitions.forEach { visit($0.schema) }
        return found
    }
}

/// One entry of `$defs`.
public struct SchemaDefinition: Sendable, Hashable {
    public var name: String
    public var schema: SchemaNode

    public init(name: String, schema: SchemaNode) {
        self.name = name
        self.schema = schema
    }
}
