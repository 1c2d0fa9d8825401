import Comply

/// The reports of one `comply check` run, in the order the profiles were given, with the
/// facts every report shares.
public struct ReportSet: Sendable {
    public var asOf: CivilDate
    public var language: Language
    public var reports: [ProfileReport]

    public init(asOf: CivilDate, language: Language, reports: [ProfileReport]) {
        self.asOf = asOf
        self.language = language
        self.reports = reports
    }
}

/// The version written in reports (`comply_version` in JSON).
public enum ComplyVersion {
    public static let current = "0.1.0"
}

/// One output format: a whole run becomes one text, written to standard output.
public protocol Reporter: Sendable {
    func render(_ set: ReportSet) -> String
}
