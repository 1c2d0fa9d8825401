import CEL
import YAML

/// The walk behind ``ProfileDecoder``: one per profile, collecting diagnostics and the
/// range of every value it decodes.
struct ProfileReader {
    let schema: ProfileSchema
    var bag = DiagnosticBag()
    var ranges: [String: SourceRange] = [:]
    /// Compiled patterns by source; `Regex` is not `Sendable`, so it lives per run.
    private var patterns: [String: Regex<AnyRegexOutput>] = [:]

    init(schema: ProfileSchema) {
        self.schema = schema
    }

    /// Keys a profile may carry at its top level for editors, outside the schema's fields.
    private static let editorKeys: Set<String> = ["$schema"]

    mutating func readRoot(_ node: Node) -> Value {
        ranges[""] = node.range
        guard node.mapping != nil else {
            bag.error(
                node.range,
                "a profile must be a mapping with `enterprise` at its top level, found \(Self.found(node))",
                hint: "start the file with `enterprise:` followed by the enterprise's fields, indented")
            return .map(MapValue())
        }
        return readObject(node, schema.root, path: "", skipping: Self.editorKeys) ?? .map(MapValue())
    }

    // MARK: Values

    /// The value of `node` under `schemaNode`, or nil when it is absent (null) or wrong.
    mutating func read(_ node: Node, _ schemaNode: SchemaNode, path: String) -> Value? {
        guard let resolved = schema.resolve(schemaNode) else { return nil }
        if node.isNull, node.tag == nil { return nil }
        ranges[path] = node.range
        switch resolved.kind {
        case .object(let object):
            guard node.mapping != nil else {
                return mismatch(node, path: path, expected: "a mapping of \(object.name) fields", resolved)
            }
            return readObject(node, object, path: path, skipping: [])
        case .array(let array):
            return readArray(node, array, path: path, resolved)
        case .string(let string):
            return readString(node, string, path: path, resolved)
        case .number(let bounds):
            return readNumber(node, bounds, integer: false, path: path, resolved)
        case .integer(let bounds):
            return readNumber(node, bounds, integer: true, path: path, resolved)
        case .boolean:
            return readBoolean(node, path: path, resolved)
        case .reference:
            return nil
        }
    }

    private mutating func readObject(
        _ node: Node, _ object: ObjectSchema, path: String, skipping: Set<String>
    )
        -> Value?
    {
        guard let entries = node.mapping else { return nil }
        var map = MapValue()
        var written: Set<String> = []
        for entry in entries {
            guard let key = entry.key.scalar?.text else {
                bag.error(entry.key.range, "field names must be plain text", hint: "write `name: value`")
                continue
            }
            written.insert(key)
            if skipping.contains(key) { continue }
            let fieldPath = path.isEmpty ? key : "\(path).\(key)"
            guard let property = object.property(named: key) else {
                if object.additionalProperties {
                    if let value = untyped(entry.value) { map[.string(key)] = value }
                    ranges[fieldPath] = entry.value.range
                } else {
                    unknownField(entry.key, key, in: object, path: path)
                }
                continue
            }
            if let value = read(entry.value, property.schema, path: fieldPath) {
                map[.string(key)] = value
            }
        }
        for name in object.required where !written.contains(name) || node[name]?.isNull == true {
            let description = object.property(named: name).flatMap { schema.resolve($0.schema)?.description }
            bag.error(
                node.range, "missing required field \"\(name)\" in \(Self.place(path))",
                hint: "add `\(name): …`"
                    + (description.map { " (\($0.english.trimmingTrailingPeriod))" } ?? ""))
        }
        return .map(map)
    }

    private mutating func readArray(
        _ node: Node, _ array: ArraySchema, path: String, _ schemaNode: SchemaNode
    )
        -> Value?
    {
        guard let items = node.sequence else {
            return mismatch(node, path: path, expected: "a list", schemaNode)
        }
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            if item.isNull, item.tag == nil {
                bag.error(
                    item.range, "\(itemPath) is empty",
                    hint: "remove the empty `-` line; a list holds only values that are known")
                continue
            }
            if let value = read(item, array.items, path: itemPath) { values.append(value) }
        }
        if let minItems = array.minItems, items.count < minItems {
            bag.error(
                node.range,
                "\(path) needs at least \(minItems) item\(minItems == 1 ? "" : "s"), found \(items.count)")
        }
        return .list(values)
    }

    // MARK: Scalars

    private mutating func readString(
        _ node: Node, _ string: StringSchema, path: String, _ schemaNode: SchemaNode
    )
        -> Value?
    {
        guard let scalar = node.scalar else {
            let expected = string.format == .date ? "a date (YYYY-MM-DD)" : "text"
            return mismatch(node, path: path, expected: expected, schemaNode)
        }
        let text = scalar.text
        if let allowed = string.allowed, !allowed.contains(text) {
            let listed = allowed.map { "\"\($0)\"" }.joined(separator: ", ")
            var hint = DidYouMean.hint(for: text, among: allowed).map { "\($0) " } ?? ""
            hint += "allowed: \(listed)"
            if let extra = schemaNode.hint { hint += "; \(extra)" }
            bag.error(node.range, "\"\(text)\" is not an allowed value for \(path)", hint: hint)
            return nil
        }
        if let pattern = string.pattern, let regex = compiled(pattern),
            (try? regex.wholeMatch(in: text)) == nil
        {
            bag.error(
                node.range, "\"\(text)\" does not match the pattern of \(path) (\(pattern))",
                hint: schemaNode.hint ?? schemaNode.description?.english)
            return nil
        }
        if string.format == .date {
            guard let timestamp = ISODate.timestamp(text) else {
                bag.error(
                    node.range, "\(path) must be a date, found \(Self.found(node))",
                    hint: "write the date as YYYY-MM-DD, e.g. 2026-06-01")
                return nil
            }
            return .timestamp(timestamp)
        }
        return .string(text)
    }

    private mutating func readNumber(
        _ node: Node, _ bounds: NumericBounds, integer: Bool, path: String, _ schemaNode: SchemaNode
    ) -> Value? {
        let expected = integer ? "a whole number" : "a number"
        let value: Value
        switch (node.resolvedScalar, integer) {
        case (.int(let number), true):
            value = .int(number)
        case (.int(let number), false):
            value = .double(Double(number))
        case (.double(let number), false) where number.isFinite:
            value = .double(number)
        case (.double(let number), true) where number.isFinite && number.rounded() == number:
            guard let whole = Int64(exactly: number) else {
                bag.error(node.range, "\(path) is too large for a whole number")
                return nil
            }
            value = .int(whole)
        default:
            return mismatch(node, path: path, expected: expected, schemaNode)
        }
        let number: Double
        switch value {
        case .int(let whole): number = Double(whole)
        case .double(let fraction): number = fraction
        default: return value
        }
        if let minimum = bounds.minimum, number < minimum {
            bag.error(
                node.range, "\(path) is \(Self.plain(number)), below the minimum \(Self.plain(minimum))")
            return nil
        }
        if let maximum = bounds.maximum, number > maximum {
            bag.error(
                node.range, "\(path) is \(Self.plain(number)), above the maximum \(Self.plain(maximum))")
            return nil
        }
        return value
    }

    private mutating func readBoolean(_ node: Node, path: String, _ schemaNode: SchemaNode) -> Value? {
        if case .bool(let flag) = node.resolvedScalar { return .bool(flag) }
        return mismatch(node, path: path, expected: "true or false", schemaNode)
    }

    // MARK: Problems

    /// Reports a value of the wrong kind and drops it.
    private mutating func mismatch(
        _ node: Node, path: String, expected: String, _ schemaNode: SchemaNode
    ) -> Value? {
        bag.error(
            node.range, "\(path) must be \(expected), found \(Self.found(node))",
            hint: Self.mismatchHint(node, schemaNode))
        return nil
    }

    private static func mismatchHint(_ node: Node, _ schemaNode: SchemaNode) -> String? {
        switch (schemaNode.kind, node.kind) {
        case (.number, .scalar(let scalar)), (.integer, .scalar(let scalar)):
            if scalar.style != .plain, Double(scalar.text) != nil {
                return "remove the quotes: numbers are written bare, e.g. \(scalar.text)"
            }
            let withoutCommas = scalar.text.filter { $0 != "," }
            if scalar.text.contains(","), Double(withoutCommas) != nil {
                return
                    "write numbers without thousands separators, with a point for decimals: \(withoutCommas)"
            }
            if scalar.text.hasSuffix("%") { return "write percentages as plain numbers: 49 means 49 %" }
            if case .integer = schemaNode.kind, Double(scalar.text) != nil { return "write a whole number" }
            return
                "write a number; money goes with a separate currency field, e.g. `value: 42000` and `currency: USD`"
        case (.boolean, .scalar(let scalar)):
            let lower = scalar.text.lowercased()
            if ["yes", "y", "on"].contains(lower) {
                return "write true: YAML 1.2 reads \(scalar.text) as text"
            }
            if ["no", "n", "off"].contains(lower) {
                return "write false: YAML 1.2 reads \(scalar.text) as text"
            }
            if scalar.style != .plain, ["true", "false"].contains(lower) {
                return "remove the quotes: write \(lower)"
            }
            return "write true or false"
        case (.array, .scalar(let scalar)):
            return "write a list: [\(scalar.text)], or one `- item` per line"
        case (.array, .mapping):
            return "write a list: put `- ` before each item"
        case (.object, .sequence):
            return "write the fields directly under the key, without `- `"
        case (.object, .scalar):
            return "write the fields under the key, indented, e.g. `field: value`"
        case (.string, .sequence), (.string, .mapping):
            return "write a single value on the same line as the key"
        default:
            return nil
        }
    }

    private mutating func unknownField(_ keyNode: Node, _ key: String, in object: ObjectSchema, path: String)
    {
        let names = object.propertyNames
        let hint =
            DidYouMean.hint(for: key, among: names)
            ?? "the fields of \(object.name) are \(names.joined(separator: ", "))"
        bag.error(keyNode.range, "unknown field \"\(key)\" in \(Self.place(path))", hint: hint)
    }

    /// A value outside the schema (`additionalProperties: true`), read by the core schema.
    private mutating func untyped(_ node: Node) -> Value? {
        do {
            return try ValueDecoding.value(of: node)
        } catch {
            bag.error(error.range, error.message, hint: error.hint)
            return nil
        }
    }

    private mutating func compiled(_ pattern: String) -> Regex<AnyRegexOutput>? {
        if let regex = patterns[pattern] { return regex }
        guard let regex = try? Regex(pattern) else { return nil }
        patterns[pattern] = regex
        return regex
    }

    // MARK: Words

    static func place(_ path: String) -> String { path.isEmpty ? "the profile" : path }

    static func found(_ node: Node) -> String {
        switch node.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            switch node.resolvedScalar {
            case .null?: return "nothing"
            case .bool(let flag)?: return "\(flag)"
            case .int?, .double?: return "the number \(scalar.text)"
            case .string?, nil: return "the text \"\(scalar.text)\""
            }
        }
    }

    static func plain(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

extension String {
    fileprivate var trimmingTrailingPeriod: String {
        hasSuffix(".") ? String(dropLast()) : self
    }
}
