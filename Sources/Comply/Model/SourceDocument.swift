import YAML

/// A legal or official text that checks cite: a decree, an agreement's chapter, a notice.
///
/// ```yaml
/// sources:
///   gacc-248: {title: "GACC Decree No. 248 (2021)", url: "https://...", document: "Decree 248", date: 2021-04-12}
/// ```
public struct SourceDocument: Sendable, Hashable {
    /// The key checks cite it by.
    public var id: String
    public var title: LocalizedText
    public var url: String?
    /// The official number (`Decree 248`, `31/2015/TT-BCT`).
    public var document: String?
    /// The date the text was issued or published.
    public var date: CivilDate?
    /// Anything a reader should know about the source (a consolidated version, a
    /// secondary source to verify).
    public var note: LocalizedText?
    public var range: SourceRange

    public init(
        id: String, title: LocalizedText, url: String? = nil, document: String? = nil, date: CivilDate? = nil,
        note: LocalizedText? = nil, range: SourceRange = .generated
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.document = document
        self.date = date
        self.note = note
        self.range = range
    }
}
