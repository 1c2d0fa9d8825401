import YAML

extension ProfileSchema {
    /// The schema with a pack's extension added.
    ///
    /// A pack extends the profile under its `schema:` key, in the schema's own format
    /// (decoded with ``SchemaDecoder/decodeExtension(_:)``):
    ///
    /// ```yaml
    /// schema:
    ///   $defs:
    ///     Product:
    ///       properties:
    ///         gacc_registration_number: {type: string}
    ///     FTA:
    ///       enum: [VN-IL]          # adds a value to the base enum
    /// ```
    ///
    /// The rules keep every profile that was valid before valid after, and every rule
    /// written against the base schema well-typed:
    /// - a property new to an object is added (at the end), a definition new to the schema
    ///   is added;
    /// - a property or definition that exists must have the same shape (type, items,
    ///   pattern, format, bounds; descriptions may differ, the base's win), except that a
    ///   string enum may gain values;
    /// - an extension cannot make fields required (``SchemaDecoder/decodeExtension(_:)``
    ///   refuses that).
    ///
    /// Conflicts come back as diagnostics at the extension's lines.
    public func merging(_ addition: ProfileSchema) throws(DiagnosticError) -> ProfileSchema {
        var merger = SchemaMerger(base: self)
        merger.merged.root = merger.mergeObject(root, addition.root, path: "the profile")
        for added in addition.definitions {
            if let existing = self.definition(named: added.name) {
                if let merged = merger.merge(existing, added.schema, path: added.name) {
                    merger.merged.setDefinition(SchemaDefinition(name: added.name, schema: merged))
                }
            } else {
                merger.merged.setDefinition(added)
            }
        }
        var reader = SchemaReader()
        reader.checkReferences(of: merger.merged)
        merger.bag.append(contentsOf: reader.bag.diagnostics)
        if merger.bag.hasErrors { throw DiagnosticError(merger.bag.diagnostics) }
        return merger.merged
    }
}

/// The work behind ``ProfileSchema/merging(_:)``.
private struct SchemaMerger {
    var merged: ProfileSchema
    var bag = DiagnosticBag()

    init(base: ProfileSchema) {
        self.merged = base
    }

    mutating func merge(_ base: SchemaNode, _ addition: SchemaNode, path: String) -> SchemaNode? {
        switch (base.kind, addition.kind) {
        case (.object(let baseObject), .object(let addedObject)):
            var result = base
            result.kind = .object(mergeObject(baseObject, addedObject, path: path))
            return result
        case (.string(let baseString), .string(let addedString))
        where baseString.allowed != nil && addedString.allowed != nil
            && baseString.pattern == addedString.pattern && baseString.format == addedString.format:
            var union = baseString
            for value in addedString.allowed ?? [] where union.allowed?.contains(value) == false {
                union.allowed?.append(value)
            }
            var result = base
            result.kind = .string(union)
            return result
        default:
            guard Self.shape(base) == Self.shape(addition) else {
                if let range = addition.range {
                    bag.error(
                        range,
                        "\(path) is already defined as \(Self.summary(base)); an extension cannot change it to \(Self.summary(addition))",
                        hint:
                            "add a field with a new name instead, so that rules written for the base schema keep their meaning"
                    )
                }
                return nil
            }
            return base
        }
    }

    mutating func mergeObject(_ base: ObjectSchema, _ addition: ObjectSchema, path: String) -> ObjectSchema {
        var result = base
        for property in addition.properties {
            let propertyPath = "\(path).\(property.name)"
            if let existing = base.property(named: property.name) {
                if let merged = merge(existing.schema, property.schema, path: propertyPath) {
                    result.set(SchemaProperty(name: existing.name, schema: merged, range: existing.range))
                }
            } else {
                result.set(property)
            }
        }
        return result
    }

    /// A node without its descriptions and ranges, for comparing what it accepts.
    static func shape(_ node: SchemaNode) -> SchemaNode {
        switch node.kind {
        case .object(let object):
            let properties = object.properties.map { SchemaProperty(name: $0.name, schema: shape($0.schema)) }
            return SchemaNode(
                .object(
                    ObjectSchema(
                        name: object.name, properties: properties, required: object.required.sorted(),
                        additionalProperties: object.additionalProperties)))
        case .array(let array):
            return SchemaNode(.array(ArraySchema(items: shape(array.items), minItems: array.minItems)))
        default:
            return SchemaNode(node.kind)
        }
    }

    static func summary(_ node: SchemaNode) -> String {
        switch node.kind {
        case .reference(let name): return "a \(name)"
        case .array(let array): return "an array of \(summary(array.items))"
        case .string(let string) where string.format == .date: return "a date"
        case .string(let string) where string.allowed != nil: return "a string enum"
        default:
            return (["array", "integer", "object"].contains(node.typeName) ? "an " : "a ") + node.typeName
        }
    }
}
