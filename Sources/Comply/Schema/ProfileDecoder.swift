import CEL
import YAML

/// Decodes a profile (a YAML or JSON document) into a CEL value, directed by the schema.
///
/// The schema decides how each scalar reads, so the YAML core schema's guesses do not
/// leak into facts:
///
/// | schema                   | profile        | CEL value                          |
/// |--------------------------|----------------|------------------------------------|
/// | `string`                 | `hs_code: 080450`, `market: NO` | `"080450"`, `"NO"` (the text as written) |
/// | `string`, `format: date` | `2026-06-01`   | `timestamp` at 00:00 UTC            |
/// | `number`                 | `42000`, `0.05`| `double`                           |
/// | `integer`                | `42`           | `int`                              |
/// | `boolean`                | `true`, `false`| `bool` (`yes`/`no` are refused, with a hint) |
/// | `array`                  | a sequence, `[]` | `list` (`[]` stays a known empty list) |
/// | `object`                 | a mapping      | `map` with the fields written, in document order |
///
/// A field left out, or written with no value (`field:`, `~`, `null`), is absent from the
/// map, so the checks that need it come out `unknown`. Unknown fields ("did you mean"),
/// wrong types, enum and pattern violations, bounds and missing required fields are
/// diagnostics at `file:line:col`; the decoder never throws, so one profile's errors never
/// stop another profile.
///
/// ```swift
/// let decoder = ProfileDecoder(schema: schema)
/// let document = try YAMLLoader().load(text, file: "coop.yaml")[0]
/// let decoded = decoder.decode(document, file: "coop.yaml")
/// for diagnostic in decoded.diagnostics { print(diagnostic) }
/// ```
public struct ProfileDecoder: Sendable {
    public var schema: ProfileSchema

    public init(schema: ProfileSchema) {
        self.schema = schema
    }

    public func decode(_ document: Node, file: String) -> DecodedProfile {
        var reader = ProfileReader(schema: schema)
        let value = reader.readRoot(document)
        let profile = Profile(file: file, value: value, ranges: reader.ranges)
        // A missing required field is found after the object's fields; report in file order.
        let diagnostics = reader.bag.diagnostics.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.range.start, rhs.element.range.start)
            return (left.line, left.column, lhs.offset) < (right.line, right.column, rhs.offset)
        }.map(\.element)
        return DecodedProfile(file: file, profile: profile, diagnostics: diagnostics)
    }
}
