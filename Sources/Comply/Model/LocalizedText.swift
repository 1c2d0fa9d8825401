import YAML

/// A string a person reads, in one or more languages.
///
/// In a pack it is written either as a plain string, which is English, or as a mapping
/// of language codes to text:
///
/// ```yaml
/// title: Growing area registered with GACC
/// remediation: {en: "Apply through the Plant Protection Department", vi: "Nộp hồ sơ qua Cục Bảo vệ thực vật"}
/// ```
///
/// ```swift
/// let text = LocalizedText(["en": "Mango", "vi": "Xoài"])
/// text.text(in: .vi)  // "Xoài"
/// ```
public struct LocalizedText: Sendable, Hashable, CustomStringConvertible {
    /// Every translation given; the decoder guarantees an English one.
    public var translations: [Language: String]
    public var range: SourceRange

    public init(_ english: String, range: SourceRange = .generated) {
        self.translations = [.en: english]
        self.range = range
    }

    public init(translations: [Language: String], range: SourceRange = .generated) {
        self.translations = translations
        self.range = range
    }

    /// The text in `language`, else English, else any translation (so that a caller
    /// always has something to show).
    public func text(in language: Language) -> String {
        if let text = translations[language] { return text }
        if let text = translations[.en] { return text }
        return translations.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// The English text, the fallback of every other language.
    public var english: String { text(in: .en) }

    public var description: String { english }
}

extension LocalizedText: ExpressibleByStringLiteral {
    /// English text written in code: `article: "Art. 7"`.
    public init(stringLiteral english: String) {
        self.init(english)
    }
}
