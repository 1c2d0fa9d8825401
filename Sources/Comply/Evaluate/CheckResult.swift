/// The outcome of one check for one subject, with everything a report shows.
public struct CheckResult: Sendable {
    public var packID: String
    public var packVersion: SemanticVersion
    public var domain: Domain
    public var jurisdiction: String?
    public var checkID: String
    public var title: LocalizedText
    public var subject: Subject
    public var status: CheckStatus
    public var severity: Severity
    /// The check or its pack rests on provisional facts.
    public var provisional: Bool
    /// The message for the outcome, rendered in the requested language.
    public var message: String
    public var citations: [ResolvedCitation]
    public var remediation: LocalizedText?
    /// Facts whose absence made the result `unknown`, as profile paths.
    public var missing: [String]
    /// The fault behind an `error` status.
    public var error: String?
    /// Nil when nothing was evaluated (a guard skipped the subject).
    public var explanation: Explanation?
    public var tags: [String]

    public init(
        packID: String, packVersion: SemanticVersion, domain: Domain, jurisdiction: String?, checkID: String,
        title: LocalizedText, subject: Subject, status: CheckStatus, severity: Severity, provisional: Bool,
        message: String, citations: [ResolvedCitation], remediation: LocalizedText?, missing: [String] = [],
        error: String? = nil, explanation: Explanation? = nil, tags: [String] = []
    ) {
        self.packID = packID
        self.packVersion = packVersion
        self.domain = domain
        self.jurisdiction = jurisdiction
        self.checkID = checkID
        self.title = title
        self.subject = subject
        self.status = status
        self.severity = severity
        self.provisional = provisional
        self.message = message
        self.citations = citations
        self.remediation = remediation
        self.missing = missing
        self.error = error
        self.explanation = explanation
        self.tags = tags
    }
}

/// A citation joined with the source it points into.
public struct ResolvedCitation: Sendable, Hashable {
    public var sourceID: String
    public var title: LocalizedText
    public var article: LocalizedText?
    public var url: String?
    /// The official number (`Decree 248`).
    public var document: String?
    public var note: LocalizedText?

    public init(
        sourceID: String, title: LocalizedText, article: LocalizedText? = nil, url: String? = nil,
        document: String? = nil,
        note: LocalizedText? = nil
    ) {
        self.sourceID = sourceID
        self.title = title
        self.article = article
        self.url = url
        self.document = document
        self.note = note
    }
}
