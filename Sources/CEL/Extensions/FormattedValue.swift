/// The text `%s` substitutes for a value in `<string>.format`.
enum FormattedValue {
    /// Strings and bytes as their contents, numbers in plain decimal, doubles as
    /// `NaN`/`Infinity`/`-Infinity` when not finite, timestamps in RFC 3339 (UTC),
    /// durations in seconds (`6347s`, `1.5s`), types by name, `null`, lists as
    /// `[a, b]` and maps as `{k: v}` with entries sorted by their key's text.
    static func text(of value: Value) -> Result<String, EvalError> {
        var output = ""
        if let error = append(value, to: &output) { return .failure(error) }
        return .success(output)
    }

    private static func append(_ value: Value, to output: inout String) -> EvalError? {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .uint(let number): output += String(number)
        case .double(let number): output += NumberText.nonFinite(number) ?? NumberText.shortest(number)
        case .string(let text): output += text
        case .bytes(let bytes): output += String(decoding: bytes, as: UTF8.self)
        case .timestamp(let timestamp): output += timestamp.rfc3339String
        case .duration(let duration): output += duration.celString
        case .type(let name): output += name
        case .list(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += ", " }
                if let error = append(element, to: &output) { return error }
            }
            output += "]"
        case .map(let map):
            var entries: [(key: String, value: String)] = []
            entries.reserveCapacity(map.count)
            for (key, entryValue) in map.entries {
                var keyText = ""
                var valueText = ""
                if let error = append(key.value, to: &keyText) { return error }
                if let error = append(entryValue, to: &valueText) { return error }
                entries.append((keyText, valueText))
            }
            // Sorted by the keys' UTF-8 bytes, as Go compares strings; the
            // position breaks ties so the order never depends on the sort.
            let order = entries.indices.sorted { left, right in
                let (a, b) = (entries[left].key, entries[right].key)
                if a.utf8.elementsEqual(b.utf8) { return left < right }
                return a.utf8.lexicographicallyPrecedes(b.utf8)
            }
            output += "{"
            for (position, index) in order.enumerated() {
                if position > 0 { output += ", " }
                output += entries[index].key + ": " + entries[index].value
            }
            output += "}"
        case .optional, .error, .unknown:
            return EvalError(
                "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, "
                    + "durations, and timestamps, was given \(value.typeName)")
        }
        return nil
    }
}
