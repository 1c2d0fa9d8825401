import CEL
import Comply

/// What a batch scan keeps of one profile for its summary: the verdict, the counts, the
/// checks that failed and the facts that were missing. A scan writes one per profile as
/// it goes and builds `profiles.csv` and `report.html` from all of them at the end, so an
/// entry is `Codable`: a resumed scan reads back the ones an earlier run wrote.
public struct ScanEntry: Sendable, Hashable, Codable {
    /// A check that failed for at least one subject of the profile.
    public struct FailedCheck: Sendable, Hashable, Codable {
        public var pack: String
        public var check: String
        public var title: String
        public var domain: String
        public var severity: String
        /// Subjects of the profile for which it failed.
        public var subjects: Int

        public init(
            pack: String, check: String, title: String, domain: String, severity: String, subjects: Int
        ) {
            self.pack = pack
            self.check = check
            self.title = title
            self.domain = domain
            self.severity = severity
            self.subjects = subjects
        }
    }

    public var file: String
    public var enterprise: String
    /// `enterprise.province` and `enterprise.district` of the profile, when it gives them,
    /// for the summary's breakdown by place.
    public var province: String?
    public var district: String?
    /// `compliant`, `non_compliant` or `incomplete`; nil when the profile did not decode.
    public var verdict: String?
    /// Results by status (`pass`, `fail`, …), not-applicable ones included.
    public var counts: [String: Int]
    /// Results by domain, then by status.
    public var domains: [String: [String: Int]]
    public var failed: [FailedCheck]
    /// Missing facts with list positions left out (`products[].exports[].fta`), each once.
    public var missing: [String]
    /// The decoding problems of a profile, each located, as `comply check` prints them.
    public var problems: [String]
    /// A digest of the profile's bytes when it was scanned, so a resumed scan redoes a
    /// profile that changed since.
    public var fingerprint: String

    public init(
        file: String, enterprise: String, province: String? = nil, district: String? = nil, verdict: String?,
        counts: [String: Int], domains: [String: [String: Int]], failed: [FailedCheck], missing: [String],
        problems: [String], fingerprint: String
    ) {
        self.file = file
        self.enterprise = enterprise
        self.province = province
        self.district = district
        self.verdict = verdict
        self.counts = counts
        self.domains = domains
        self.failed = failed
        self.missing = missing
        self.problems = problems
        self.fingerprint = fingerprint
    }

    /// The entry of a profile that was evaluated; `place` is its province and district.
    public init(
        report: ProfileReport, place: (province: String?, district: String?) = (nil, nil),
        problems: [String] = [],
        fingerprint: String
    ) {
        var counts: [String: Int] = [:]
        for status in CheckStatus.allCases where report.count(status) > 0 {
            counts[status.rawValue] = report.count(status)
        }
        var domains: [String: [String: Int]] = [:]
        var failed: [FailedCheck] = []
        var missing: [String] = []
        var seenMissing = Set<String>()
        for result in report.results {
            domains[result.domain.rawValue, default: [:]][result.status.rawValue, default: 0] += 1
            if result.status == .fail {
                if let index = failed.firstIndex(where: {
                    $0.pack == result.packID && $0.check == result.checkID
                }) {
                    failed[index].subjects += 1
                } else {
                    failed.append(
                        FailedCheck(
                            pack: result.packID, check: result.checkID,
                            title: result.title.text(in: report.language),
                            domain: result.domain.rawValue, severity: result.severity.rawValue, subjects: 1))
                }
            }
            for fact in result.missing {
                let general = Self.withoutPositions(fact)
                if seenMissing.insert(general).inserted { missing.append(general) }
            }
        }
        self.init(
            file: report.profile, enterprise: report.profileName, province: place.province,
            district: place.district,
            verdict: report.verdict.rawValue, counts: counts, domains: domains, failed: failed,
            missing: missing,
            problems: problems, fingerprint: fingerprint)
    }

    /// The entry of a profile that did not decode.
    public init(undecoded file: String, problems: [String], fingerprint: String) {
        self.init(
            file: file, enterprise: "", verdict: nil, counts: [:], domains: [:], failed: [], missing: [],
            problems: problems, fingerprint: fingerprint)
    }

    public func count(_ status: CheckStatus) -> Int { counts[status.rawValue] ?? 0 }

    /// The province and district a profile gives for its enterprise (`enterprise.province`,
    /// `enterprise.district`), when they are strings.
    public static func place(of profile: Value) -> (province: String?, district: String?) {
        guard case .map(let fields) = profile, case .map(let enterprise)? = fields[.string("enterprise")]
        else {
            return (nil, nil)
        }
        func text(_ key: String) -> String? {
            if case .string(let value)? = enterprise[.string(key)], !value.isEmpty { return value }
            return nil
        }
        return (text("province"), text("district"))
    }

    /// `products[0].exports[1].fta` → `products[].exports[].fta`: the same fact of every
    /// product and export, which is what a scan's totals are about.
    public static func withoutPositions(_ path: String) -> String {
        var output = ""
        var inBrackets = false
        for character in path {
            switch character {
            case "[":
                inBrackets = true
                output.append("[")
            case "]":
                inBrackets = false
                output.append("]")
            default:
                if !inBrackets { output.append(character) }
            }
        }
        return output
    }
}
