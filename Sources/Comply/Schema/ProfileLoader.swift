import YAML

/// Reads profile files (YAML, or JSON, which the YAML loader reads too) and decodes them
/// against the schema. It never throws: an unreadable file, a YAML syntax error and a
/// field of the wrong type all come back as diagnostics of that one profile, so a batch
/// of profiles keeps going.
///
/// ```swift
/// let schema = try SchemaDecoder().decode(contentsOfFile: "Rules/schema/profile.schema.yaml")
/// let loader = ProfileLoader(schema: schema)
/// for path in paths {
///     let decoded = loader.load(contentsOfFile: path)
///     decoded.diagnostics.forEach { print($0) }
///     guard !decoded.hasErrors, let profile = decoded.profile else { continue }
///     // evaluate profile.variables …
/// }
/// ```
public struct ProfileLoader: Sendable {
    public var decoder: ProfileDecoder
    public var yaml: YAMLLoader

    public init(schema: ProfileSchema, yaml: YAMLLoader = YAMLLoader()) {
        self.decoder = ProfileDecoder(schema: schema)
        self.yaml = yaml
    }

    /// Reads and decodes one profile file; `displayName` (default: the path) is the name
    /// diagnostics show.
    public func load(contentsOfFile path: String, displayName: String? = nil) -> DecodedProfile {
        let file = displayName ?? path
        do {
            return decode(try yaml.load(contentsOfFile: path, displayName: file), file: file)
        } catch {
            return DecodedProfile(file: file, profile: nil, diagnostics: [error.diagnostic])
        }
    }

    /// Decodes a profile given as text (an inline test profile, standard input).
    public func load(text: String, file: String) -> DecodedProfile {
        do {
            return decode(try yaml.load(text, file: file), file: file)
        } catch {
            return DecodedProfile(file: file, profile: nil, diagnostics: [error.diagnostic])
        }
    }

    private func decode(_ documents: [Node], file: String) -> DecodedProfile {
        guard let document = documents.first else {
            let start = Mark(line: 1, column: 1, offset: 0)
            let diagnostic = Diagnostic(
                at: SourceRange(file: file, start: start, end: start), "the profile is empty",
                hint: "a profile starts with `enterprise:` and the enterprise's fields")
            return DecodedProfile(file: file, profile: nil, diagnostics: [diagnostic])
        }
        var decoded = decoder.decode(document, file: file)
        if documents.count > 1 {
            decoded.diagnostics.append(
                Diagnostic(
                    at: documents[1].range,
                    "a profile file holds one document, this one has \(documents.count)",
                    hint: "split the documents (after each `---`) into files of their own"))
        }
        return decoded
    }
}
