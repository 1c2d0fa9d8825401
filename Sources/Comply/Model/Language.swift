/// A language a person may read results in. English is the fallback for any text a pack
/// does not translate.
public enum Language: String, Sendable, Hashable, CaseIterable, Comparable {
    case en
    case vi

    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
