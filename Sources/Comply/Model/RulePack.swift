import YAML

/// A rule pack: metadata, the legal sources it cites, reference tables, named values and
/// checks, and its own tests. Decoded by ``PackDecoder`` (or ``PackLoader`` from files);
/// every element keeps the place it was written so later stages report at `file:line:col`.
public struct RulePack: Sendable, Equatable, Identifiable {
    /// Globally unique: lower-case letters, digits, `.` and `-` (`vn.sps.cn-fresh-fruit`).
    public var id: String
    public var version: SemanticVersion
    public var title: LocalizedText
    public var description: LocalizedText?
    public var domain: Domain
    /// An ISO 3166 alpha-2 code, or a group such as `EU` or `ASEAN`.
    public var jurisdiction: String?
    public var effective: EffectiveWindow?
    /// When the content was last checked against its sources.
    public var reviewed: CivilDate?
    /// The whole pack rests on provisional facts.
    public var provisional: Bool
    public var disclaimer: LocalizedText
    public var plugins: [PluginRequirement]
    public var sources: [SourceDocument]
    public var tables: [Table]
    /// Pack-level named values, in order.
    public var lets: [NamedExpression]
    public var checks: [Check]
    public var tests: [PackTest]
    public var tags: [String]
    /// Profile-schema additions (the `schema:` key), a JSON-Schema fragment in YAML that the
    /// schema decoder merges into the profile schema.
    public var schemaExtension: Node?
    /// The file holding the pack's metadata (`x.pack.yaml`, or `pack.yaml` in a folder).
    public var file: String
    /// The pack's folder, for a folder pack; nil for a single-file pack.
    public var directory: String?
    /// The metadata mapping.
    public var range: SourceRange

    public init(
        id: String, version: SemanticVersion, title: LocalizedText, description: LocalizedText? = nil,
        domain: Domain, jurisdiction: String? = nil, effective: EffectiveWindow? = nil,
        reviewed: CivilDate? = nil,
        provisional: Bool = false, disclaimer: LocalizedText, plugins: [PluginRequirement] = [],
        sources: [SourceDocument] = [], tables: [Table] = [], lets: [NamedExpression] = [],
        checks: [Check] = [],
        tests: [PackTest] = [], tags: [String] = [], schemaExtension: Node? = nil, file: String,
        directory: String? = nil, range: SourceRange = .generated
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.domain = domain
        self.jurisdiction = jurisdiction
        self.effective = effective
        self.reviewed = reviewed
        self.provisional = provisional
        self.disclaimer = disclaimer
        self.plugins = plugins
        self.sources = sources
        self.tables = tables
        self.lets = lets
        self.checks = checks
        self.tests = tests
        self.tags = tags
        self.schemaExtension = schemaExtension
        self.file = file
        self.directory = directory
        self.range = range
    }

    public func source(_ id: String) -> SourceDocument? { sources.first { $0.id == id } }
    public func check(_ id: String) -> Check? { checks.first { $0.id == id } }
    public func table(_ name: String) -> Table? { tables.first { $0.name == name } }

    /// True when the pack applies on `date` (no window means always).
    public func isEffective(on date: CivilDate) -> Bool {
        effective?.contains(date) ?? true
    }
}
