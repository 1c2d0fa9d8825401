import YAML

/// A test embedded in a pack: a profile, a day, and the statuses its checks must reach.
///
/// ```yaml
/// tests:
///   - name: registered Yen Chau mango passes
///     profile: ../../Examples/profiles/yen-chau-mango-coop.yaml
///     as_of: 2026-06-01
///     expect:
///       cn-fruit-growing-area-code: pass
///       "cn-fruit-growing-area-code[products[0].exports[1]]": fail
/// ```
public struct PackTest: Sendable, Hashable {
    public enum Profile: Sendable, Hashable {
        /// A profile file: `path` as written, relative to the file declaring the test, and
        /// `resolvedPath`, joined to that file's directory.
        case file(path: String, resolvedPath: String, range: SourceRange)
        /// A profile written inside the test.
        case inline(Node)
    }

    /// A check's expected status, for all its subjects or for one subject path.
    public struct Expectation: Sendable, Hashable {
        public var checkID: String
        /// A subject path like `products[0].exports[1]`; nil means every subject of the check.
        public var subject: String?
        public var status: CheckStatus
        /// The expectation's key.
        public var range: SourceRange

        public init(
            checkID: String, subject: String? = nil, status: CheckStatus, range: SourceRange = .generated
        ) {
            self.checkID = checkID
            self.subject = subject
            self.status = status
            self.range = range
        }
    }

    public var name: String
    public var profile: Profile
    /// The evaluation day; nil means the runner's default.
    public var asOf: CivilDate?
    public var expectations: [Expectation]
    public var range: SourceRange

    public init(
        name: String, profile: Profile, asOf: CivilDate? = nil, expectations: [Expectation],
        range: SourceRange = .generated
    ) {
        self.name = name
        self.profile = profile
        self.asOf = asOf
        self.expectations = expectations
        self.range = range
    }
}
