/// Which statuses a pack's embedded tests expect of each check.
///
/// A check no test makes pass, or none makes fail, is untested in the way that matters: a
/// rule that can never fail (or never pass) looks the same as a correct one until a user
/// relies on it. `comply test` lists these gaps; with `--require-coverage` they fail the run.
///
/// ```swift
/// let coverage = PackTestCoverage(pack)
/// coverage.gaps   // [Gap(checkID: "cn-dairy-plant", missing: [.fail])]
/// ```
public struct PackTestCoverage: Sendable {
    /// A check whose tests never expect some of ``required`` statuses.
    public struct Gap: Sendable, Hashable {
        public var checkID: String
        public var missing: [CheckStatus]

        public init(checkID: String, missing: [CheckStatus]) {
            self.checkID = checkID
            self.missing = missing
        }
    }

    /// The statuses every check must be seen to reach.
    public static let required: [CheckStatus] = [.pass, .fail]

    /// Expected statuses by check id, from every test's expectations.
    public var expected: [String: Set<CheckStatus>]
    /// The pack's checks in order, with the required statuses no test expects.
    public var gaps: [Gap]

    public init(_ pack: RulePack) {
        var expected: [String: Set<CheckStatus>] = [:]
        for test in pack.tests {
            for expectation in test.expectations {
                expected[expectation.checkID, default: []].insert(expectation.status)
            }
        }
        self.expected = expected
        gaps = pack.checks.compactMap { check in
            let seen = expected[check.id] ?? []
            let missing = Self.required.filter { !seen.contains($0) }
            return missing.isEmpty ? nil : Gap(checkID: check.id, missing: missing)
        }
    }
}
