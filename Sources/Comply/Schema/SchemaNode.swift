import YAML

/// One schema in the profile schema: the type a profile value must have, with the
/// constraints and description that go with it.
///
/// References (`$ref: "#/$defs/Product"`) stay references, so that a pack extending
/// `Product` extends it everywhere it is used; ``ProfileSchema/resolve(_:)`` follows them.
public struct SchemaNode: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case object(ObjectSchema)
        case array(ArraySchema)
        case string(StringSchema)
        /// Any number; decoded as a CEL `double`. Money and percentages are numbers.
        case number(NumericBounds)
        /// A whole number; decoded as a CEL `int`.
        case integer(NumericBounds)
        case boolean
        /// The name of a definition under `$defs`.
        case reference(String)
    }

    public var kind: Kind
    public var title: String?
    public var description: SchemaDescription?
    /// `x-hint`: advice shown under enum and pattern errors, e.g. how HS codes are written.
    public var hint: String?
    /// Where the schema was written, for diagnostics about the schema itself.
    public var range: SourceRange?

    public init(
        _ kind: Kind, title: String? = nil, description: SchemaDescription? = nil, hint: String? = nil,
        range: SourceRange? = nil
    ) {
        self.kind = kind
        self.title = title
        self.description = description
        self.hint = hint
        self.range = range
    }

    /// The JSON Schema type name (`object`, `array`, `string`, `number`, `integer`,
    /// `boolean`), or the definition name of a reference.
    public var typeName: String {
        switch kind {
        case .object: return "object"
        case .array: return "array"
        case .string: return "string"
        case .number: return "number"
        case .integer: return "integer"
        case .boolean: return "boolean"
        case .reference(let name): return name
        }
    }
}
