/// A schema description in English and, when the author wrote one, Vietnamese.
///
/// The schema file writes it as a plain string (English) or as `{en: …, vi: …}`; the
/// editor export and `comply schema` pick one language, falling back to English.
public struct SchemaDescription: Sendable, Hashable {
    public var english: String
    public var vietnamese: String?

    public init(english: String, vietnamese: String? = nil) {
        self.english = english
        self.vietnamese = vietnamese
    }

    /// The text for a language code (`en`, `vi`); English when there is no translation.
    public func text(language: String) -> String {
        language == "vi" ? vietnamese ?? english : english
    }
}
