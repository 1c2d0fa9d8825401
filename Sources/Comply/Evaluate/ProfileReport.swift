/// Everything one evaluation of one profile produced.
public struct ProfileReport: Sendable {
    /// The profile's file as reports show it.
    public var profile: String
    /// The enterprise's name, or the file name.
    public var profileName: String
    public var asOf: CivilDate
    public var language: Language
    public var verdict: Verdict
    /// Results in pack order, then check order, then subject order.
    public var results: [CheckResult]
    /// Results by status, counting not-applicable subjects even when they are not kept.
    public var counts: [CheckStatus: Int]
    /// The packs evaluated, and whether each was in force on `asOf`.
    public var packs: [PackSummary]

    public init(
        profile: String, profileName: String, asOf: CivilDate, language: Language, verdict: Verdict,
        results: [CheckResult], counts: [CheckStatus: Int], packs: [PackSummary]
    ) {
        self.profile = profile
        self.profileName = profileName
        self.asOf = asOf
        self.language = language
        self.verdict = verdict
        self.results = results
        self.counts = counts
        self.packs = packs
    }

    public func count(_ status: CheckStatus) -> Int { counts[status] ?? 0 }
}

/// A pack as a report names it.
public struct PackSummary: Sendable {
    public var id: String
    public var version: SemanticVersion
    public var title: LocalizedText
    public var domain: Domain
    public var jurisdiction: String?
    public var disclaimer: LocalizedText
    /// False when the pack's effective window does not include the as-of day; its checks
    /// were not evaluated.
    public var inForce: Bool

    public init(
        id: String, version: SemanticVersion, title: LocalizedText, domain: Domain, jurisdiction: String?,
        disclaimer: LocalizedText, inForce: Bool
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.domain = domain
        self.jurisdiction = jurisdiction
        self.disclaimer = disclaimer
        self.inForce = inForce
    }
}
