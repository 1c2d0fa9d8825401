import Comply

/// The diagnostics of `comply validate` as a SARIF 2.1.0 log, the format code-scanning
/// services read to annotate a pull request at the lines a rule-pack change broke.
///
/// ```json
/// {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "comply", ...}},
///   "columnKind": "unicodeCodePoints",
///   "results": [{"ruleId": "pack-error", "level": "error",
///     "message": {"text": "unknown key \"severty\" in a check. Hint: did you mean \"severity\"?"},
///     "locations": [{"physicalLocation": {"artifactLocation": {"uri": "Rules/x.pack.yaml"},
///       "region": {"startLine": 14, "startColumn": 5, "endLine": 14, "endColumn": 12}}}]}]}]}
/// ```
///
/// Diagnostics carry no codes, so there are two rules, one per severity. Columns count
/// Unicode scalars, as Comply's marks do, which the run declares with `columnKind`; an end
/// column is the one just past the node, which SARIF's exclusive `endColumn` means too.
public struct SARIFReporter: Sendable {
    /// The OASIS schema of SARIF 2.1.0 with its errata.
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public init() {}

    /// The log of one run over `diagnostics`; `exitCode` is what the command exits with.
    public func render(_ diagnostics: [Diagnostic], exitCode: Int) -> String {
        let run: JSONValue = .object([
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string("comply")),
                            ("version", .string(ComplyVersion.current)),
                            ("rules", .array(Self.rules)),
                        ])
                    )
                ])
            ),
            (
                "invocations",
                .array([.object([("executionSuccessful", .bool(true)), ("exitCode", .int(exitCode))])])
            ),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(diagnostics.map(Self.result))),
        ])
        let log: JSONValue = .object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
        return log.text(pretty: true) + "\n"
    }

    private static let rules: [JSONValue] = [
        rule(
            "pack-error",
            "A rule pack, the profile schema or a pack's table does not decode or compile; the pack cannot be used.",
            level: "error"),
        rule(
            "pack-warning",
            "A rule pack decodes and compiles, but something in it is probably not what its author meant.",
            level: "warning"),
    ]

    private static func rule(_ id: String, _ description: String, level: String) -> JSONValue {
        .object([
            ("id", .string(id)),
            ("shortDescription", .object([("text", .string(description))])),
            ("defaultConfiguration", .object([("level", .string(level))])),
        ])
    }

    private static func result(_ diagnostic: Diagnostic) -> JSONValue {
        var text = diagnostic.message
        if let hint = diagnostic.hint { text += ". Hint: " + hint }
        var members: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.severity == .error ? "pack-error" : "pack-warning")),
            ("level", .string(diagnostic.severity == .error ? "error" : "warning")),
            ("message", .object([("text", .string(text))])),
        ]
        if let location = location(diagnostic) {
            members.append(("locations", .array([location])))
        }
        return .object(members)
    }

    /// A physical location, or nil for a diagnostic about something that is not in a file
    /// (a generated element, or a whole input with no position).
    private static func location(_ diagnostic: Diagnostic) -> JSONValue? {
        let range = diagnostic.range
        guard !range.file.isEmpty, !range.file.hasPrefix("<") else { return nil }
        var physical: [(String, JSONValue)] = [
            ("artifactLocation", .object([("uri", .string(uri(ofPath: range.file)))]))
        ]
        if range.start.line >= 1 {
            var region: [(String, JSONValue)] = [("startLine", .int(range.start.line))]
            if range.start.column >= 1 { region.append(("startColumn", .int(range.start.column))) }
            let end = (range.end.line, range.end.column)
            if end > (range.start.line, range.start.column), range.end.column >= 1 {
                region.append(("endLine", .int(range.end.line)))
                region.append(("endColumn", .int(range.end.column)))
            }
            physical.append(("region", .object(region)))
        }
        return .object([("physicalLocation", .object(physical))])
    }

    /// A path as a URI reference: relative paths stay relative (to the directory the
    /// command ran in, the repository root in CI), absolute ones become `file://` URIs, and
    /// every byte outside RFC 3986's unreserved set and `/` is percent-encoded.
    public static func uri(ofPath path: String) -> String {
        var encoded = path.hasPrefix("/") ? "file://" : ""
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                encoded.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return encoded
    }
}
