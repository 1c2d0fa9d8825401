#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The time zone argument of CEL's timestamp accessors (`getHours('+05:30')`,
/// `getDate('Asia/Ho_Chi_Minh')`): `UTC`, a fixed offset `[+|-]HH:MM`, or an
/// IANA zone name read from the system's time zone database.
///
/// FoundationEssentials has no named zones on Linux, so IANA zones are read
/// from TZif files directly. Nothing is cached between calls: a zone is loaded
/// each time it is resolved, which keeps the library free of shared mutable state.
public struct CELTimeZone: Sendable, Hashable {
    private enum Rule: Sendable, Hashable {
        case fixed(Int64)
        case zone(ZoneInfo)
    }

    private let rule: Rule

    /// Folders searched for IANA zone files, in order.
    public static let databaseDirectories = [
        "/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
    ]

    public static let utc = CELTimeZone(rule: .fixed(0))

    private init(rule: Rule) {
        self.rule = rule
    }

    /// A zone a fixed number of seconds east of UTC.
    public init(secondsEastOfUTC seconds: Int64) {
        rule = .fixed(seconds)
    }

    /// Resolves a time zone as CEL writes it. A text with a colon is a fixed
    /// offset (`+05:30`, `-08:00`, `02:00`); otherwise it names a zone (`UTC`,
    /// `America/Los_Angeles`).
    public static func named(_ name: String) -> Result<CELTimeZone, EvalError> {
        if name.contains(":") { return fixedOffset(name) }
        if name == "UTC" || name == "Etc/UTC" { return .success(.utc) }
        guard isPlausibleZoneName(name) else { return .failure(unknownZone(name)) }
        for directory in databaseDirectories {
            let url = URL(fileURLWithPath: directory + "/" + name)
            guard let data = try? Data(contentsOf: url) else { continue }
            guard let zone = ZoneInfo(tzif: [UInt8](data)) else {
                return .failure(EvalError("time zone file for '\(name)' is not valid TZif data"))
            }
            return .success(CELTimeZone(rule: .zone(zone)))
        }
        return .failure(unknownZone(name))
    }

    /// Seconds east of UTC at the instant `utcSeconds`.
    public func offset(at utcSeconds: Int64) -> Int64 {
        switch rule {
        case .fixed(let seconds): return seconds
        case .zone(let zone): return zone.offset(at: utcSeconds)
        }
    }

    /// `[+|-]H[H]:MM`, hours up to 23.
    private static func fixedOffset(_ text: String) -> Result<CELTimeZone, EvalError> {
        var scanner = DigitScanner(Array(text.utf8))
        let sign = scanner.sign() ?? 1
        guard let hours = scanner.number(maxDigits: 2), scanner.skip(":"),
            let minutes = scanner.number(digits: 2), scanner.isAtEnd, hours < 24, minutes < 60
        else {
            return .failure(EvalError("invalid time zone offset '\(text)': expected [+|-]HH:MM, like +05:30"))
        }
        return .success(CELTimeZone(secondsEastOfUTC: sign * (hours * 3600 + minutes * 60)))
    }

    /// Whether `name` looks like an IANA zone name, so that it cannot reach a
    /// file outside the zone database (`../../etc/passwd`).
    private static func isPlausibleZoneName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 64 else { return false }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        return components.allSatisfy { component in
            !component.isEmpty && component != "." && component != ".."
                && component.utf8.allSatisfy { byte in
                    (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte)
                        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                }
        }
    }

    private static func unknownZone(_ name: String) -> EvalError {
        EvalError(
            "unknown time zone '\(name)': expected an IANA name like Asia/Ho_Chi_Minh, UTC, or an offset like +07:00"
        )
    }
}

extension Timestamp {
    /// The civil date and time of this instant in `zone`.
    func civilTime(in zone: CELTimeZone = .utc) -> CivilTime {
        let (local, overflow) = seconds.addingReportingOverflow(zone.offset(at: seconds))
        return CivilTime(localSeconds: overflow ? seconds : local, nanosecond: nanos)
    }
}
