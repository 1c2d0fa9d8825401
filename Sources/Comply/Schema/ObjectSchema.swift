import YAML

/// An object schema: named, ordered properties, the required ones, and whether fields
/// outside the list are allowed (they are not, unless the schema says
/// `additionalProperties: true`, so that a typo is an error rather than a lost fact).
public struct ObjectSchema: Sendable, Hashable {
    /// The type's name: the `$defs` key (`Product`), or for an object written inline its
    /// parent's name and the property (`ProductPackaging`); the root is `Profile`.
    public var name: String
    public private(set) var properties: [SchemaProperty]
    public var required: [String]
    public var additionalProperties: Bool
    private var indexByName: [String: Int]

    public init(
        name: String, properties: [SchemaProperty] = [], required: [String] = [],
        additionalProperties: Bool = false
    ) {
        self.name = name
        self.properties = []
        self.required = required
        self.additionalProperties = additionalProperties
        self.indexByName = [:]
        for property in properties { set(property) }
    }

    public var propertyNames: [String] { properties.map(\.name) }

    public func property(named name: String) -> SchemaProperty? {
        indexByName[name].map { properties[$0] }
    }

    /// Adds a property at the end, or replaces the one of the same name in place.
    public mutating func set(_ property: SchemaProperty) {
        if let index = indexByName[property.name] {
            properties[index] = property
        } else {
            indexByName[property.name] = properties.count
            properties.append(property)
        }
    }
}

/// One named property of an object schema.
public struct SchemaProperty: Sendable, Hashable {
    public var name: String
    public var schema: SchemaNode
    /// Where the property's key was written in the schema.
    public var range: SourceRange?

    public init(name: String, schema: SchemaNode, range: SourceRange? = nil) {
        self.name = name
        self.schema = schema
        self.range = range
    }
}
