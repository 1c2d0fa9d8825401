/// The answer for one profile.
///
/// Only `error`-severity checks decide it: `non_compliant` when one fails; otherwise
/// `incomplete` when one is `unknown` (facts missing) or `error` (a fault, which is never
/// counted as a pass); otherwise `compliant`.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    case compliant
    case nonCompliant = "non_compliant"
    case incomplete

    public init(results: some Sequence<CheckResult>) {
        var incomplete = false
        for result in results where result.severity == .error {
            switch result.status {
            case .fail:
                self = .nonCompliant
                return
            case .unknown, .error: incomplete = true
            case .pass, .notApplicable: break
            }
        }
        self = incomplete ? .incomplete : .compliant
    }

    /// The process exit code `comply check` returns for it.
    public var exitCode: Int32 { self == .compliant ? 0 : 1 }
}
