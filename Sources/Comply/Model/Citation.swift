import YAML

/// A check's reference into one of its pack's sources: `{source: gacc-248, article: "Art. 7"}`.
public struct Citation: Sendable, Hashable {
    /// The id of a ``SourceDocument`` of the same pack; the decoder checks it exists.
    public var source: String
    /// Where in the source: an article, an annex, a paragraph. Bilingual where the
    /// languages cite differently (`{en: "Art. 15(2)", vi: "khoản 2 Điều 15"}`).
    public var article: LocalizedText?
    public var note: LocalizedText?
    public var range: SourceRange

    public init(
        source: String, article: LocalizedText? = nil, note: LocalizedText? = nil,
        range: SourceRange = .generated
    ) {
        self.source = source
        self.article = article
        self.note = note
        self.range = range
    }
}
