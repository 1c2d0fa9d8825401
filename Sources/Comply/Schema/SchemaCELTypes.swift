import CEL

/// The CEL types a rule pack's expressions see for the profile, derived from the schema.
///
/// Two views of the same schema:
///
/// - ``variables`` types every object as `map(string, dyn)` and every array as a `list`
///   of its item type. The checker accepts it today, but selecting a misspelt field of a
///   map is not an error at compile time (`product.hs_cod` is `dyn`).
/// - ``objectVariables`` and ``objectTypes`` name every object type
///   (`comply.Product`) and list its fields, for a checker that knows object types: there
///   `product.hs_cod` is a compile-time error with "did you mean hs_code", and
///   `product.hs_code` is a `string`.
///
/// Scalars map the same way in both: `string` → `string`, `string` with `format: date` →
/// `google.protobuf.Timestamp`, `number` → `double`, `integer` → `int`, `boolean` → `bool`.
///
/// ```swift
/// let types = SchemaCELTypes(schema: schema)
/// types.variables["products"]       // list(map(string, dyn))
/// types.objectVariables["products"] // list(comply.Product)
/// types.objectTypes["comply.Product"]?["hs_code"]   // string
/// types.objectTypes["comply.Export"]?["shipment_date"] // google.protobuf.Timestamp
/// ```
public struct SchemaCELTypes: Sendable {
    /// The prefix of object type names: `Product` is `comply.Product`.
    public static let namespace = "comply"

    /// The profile's top-level fields with objects as `map(string, dyn)`.
    public private(set) var variables: [String: CELType] = [:]
    /// The profile's top-level fields with objects as `.message("comply.Name")`.
    public private(set) var objectVariables: [String: CELType] = [:]
    /// Object type name → field name → type (objects inside as `.message`).
    public private(set) var objectTypes: [String: [String: CELType]] = [:]
    /// The whole profile: `map(string, dyn)`, and the object type `comply.Profile`.
    public let profileType: CELType = .map(.string, .dyn)
    public let profileObjectType: CELType = .message(Self.typeName(of: "Profile"))

    public init(schema: ProfileSchema) {
        for property in schema.root.properties {
            variables[property.name] = Self.type(of: property.schema, in: schema, objects: false)
            objectVariables[property.name] = Self.type(of: property.schema, in: schema, objects: true)
        }
        collect(.init(.object(schema.root)), in: schema)
        for definition in schema.definitions { collect(definition.schema, in: schema) }
    }

    /// `comply.Name` for an object schema's name.
    public static func typeName(of objectName: String) -> String { "\(namespace).\(objectName)" }

    /// The CEL type of values of a schema node; `objects` chooses named object types over
    /// `map(string, dyn)`.
    public static func type(of node: SchemaNode, in schema: ProfileSchema, objects: Bool) -> CELType {
        guard let resolved = schema.resolve(node) else { return .dyn }
        switch resolved.kind {
        case .object(let object): return objects ? .message(typeName(of: object.name)) : .map(.string, .dyn)
        case .array(let array): return .list(type(of: array.items, in: schema, objects: objects))
        case .string(let string): return string.format == .date ? .timestamp : .string
        case .number: return .double
        case .integer: return .int
        case .boolean: return .bool
        case .reference: return .dyn
        }
    }

    private mutating func collect(_ node: SchemaNode, in schema: ProfileSchema) {
        switch node.kind {
        case .object(let object):
            let name = Self.typeName(of: object.name)
            guard objectTypes[name] == nil else { return }
            var fields: [String: CELType] = [:]
            for property in object.properties {
                fields[property.name] = Self.type(of: property.schema, in: schema, objects: true)
            }
            objectTypes[name] = fields
            for property in object.properties { collect(property.schema, in: schema) }
        case .array(let array):
            collect(array.items, in: schema)
        case .string, .number, .integer, .boolean, .reference:
            break
        }
    }
}
