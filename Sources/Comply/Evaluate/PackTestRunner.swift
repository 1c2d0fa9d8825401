import YAML

/// Runs the tests embedded in a pack: each test's profile (a file beside the pack, or
/// written inline) is evaluated against the pack as of the test's day, and each
/// expectation is compared with the results. `comply test` and `swift test` both use it.
///
/// ```swift
/// let runner = PackTestRunner(schema: schema, today: CivilDate("2026-06-01")!)
/// for outcome in runner.run(compiledPack) where !outcome.passed {
///     outcome.problems.forEach { print($0) }   // Rules/sps/cn.pack.yaml:120:7: cn-code: expected pass, got fail for products[0].exports[0] …
/// }
/// ```
///
/// An expectation on a whole check (`cn-fruit-code: pass`) is met when every subject the
/// check applies to has that status and there is at least one; subjects it does not apply
/// to are ignored, so a China check can expect `pass` on a profile that also exports to
/// Korea. `not_applicable` is met when no subject applies. An expectation on one subject
/// (`cn-fruit-code[products[0].exports[1]]: fail`) compares that subject only.
public struct PackTestRunner: Sendable {
    public var schema: ProfileSchema
    /// The day of a test that gives none.
    public var today: CivilDate

    public init(schema: ProfileSchema, today: CivilDate) {
        self.schema = schema
        self.today = today
    }

    public func run(_ pack: CompiledPack) -> [PackTestOutcome] {
        pack.pack.tests.map { run($0, of: pack) }
    }

    public func run(_ test: PackTest, of pack: CompiledPack) -> PackTestOutcome {
        let decoded: DecodedProfile
        switch test.profile {
        case .file(_, let resolvedPath, _):
            decoded = ProfileLoader(schema: schema).load(contentsOfFile: resolvedPath)
        case .inline(let node):
            decoded = ProfileDecoder(schema: schema).decode(node, file: test.range.file)
        }
        guard !decoded.hasErrors, let profile = decoded.profile else {
            return PackTestOutcome(
                packID: pack.id, test: test, expectations: [], profileDiagnostics: decoded.diagnostics)
        }
        let evaluator = Evaluator(options: EvaluationOptions(explain: false, includeNotApplicable: true))
        let report = evaluator.evaluate(profile: profile, packs: [pack], asOf: test.asOf ?? today)
        let outcomes = test.expectations.map { expectation in
            Self.compare(expectation, report: report, pack: pack)
        }
        return PackTestOutcome(
            packID: pack.id, test: test, expectations: outcomes, profileDiagnostics: decoded.diagnostics)
    }

    static func compare(
        _ expectation: PackTest.Expectation, report: ProfileReport, pack: CompiledPack
    ) -> ExpectationOutcome {
        let all = report.results.filter { $0.checkID == expectation.checkID }
        let key = expectation.checkID + (expectation.subject.map { "[\($0)]" } ?? "")
        func outcome(_ met: Bool, _ problem: String?, _ results: [CheckResult]) -> ExpectationOutcome {
            ExpectationOutcome(
                expectation: expectation, met: met,
                actual: results.map { ($0.subject.path, $0.status) },
                problem: problem.map { "\(expectation.range): \(key): \($0)" })
        }
        guard pack.pack.check(expectation.checkID) != nil else {
            let hint = DidYouMean.suggestion(for: expectation.checkID, among: pack.pack.checks.map(\.id))
            return outcome(
                false, "the pack has no such check" + (hint.map { " (did you mean \"\($0)\"?)" } ?? ""), [])
        }
        if let subject = expectation.subject {
            let matching = all.filter { $0.subject.path == subject }
            guard let result = matching.first else {
                let paths = all.map(\.subject.path).filter { !$0.isEmpty }
                let known = paths.isEmpty ? "" : " (its subjects are \(paths.joined(separator: ", ")))"
                return outcome(false, "the check has no subject \(subject)\(known)", [])
            }
            let met = result.status == expectation.status
            return outcome(met, met ? nil : Self.describe(expected: expectation.status, result), matching)
        }
        let applicable = all.filter { $0.status != .notApplicable }
        if expectation.status == .notApplicable {
            guard let first = applicable.first else { return outcome(true, nil, all) }
            return outcome(false, Self.describe(expected: .notApplicable, first), all)
        }
        guard !applicable.isEmpty else {
            return outcome(
                false,
                "expected \(expectation.status.rawValue), but the check applies to no subject on \(report.asOf)",
                all)
        }
        if let wrong = applicable.first(where: { $0.status != expectation.status }) {
            return outcome(false, Self.describe(expected: expectation.status, wrong), all)
        }
        return outcome(true, nil, all)
    }

    private static func describe(expected: CheckStatus, _ result: CheckResult) -> String {
        let subject = result.subject.path.isEmpty ? "the profile" : result.subject.path
        var text = "expected \(expected.rawValue), got \(result.status.rawValue) for \(subject)"
        if !result.message.isEmpty { text += ": \(result.message)" }
        if !result.missing.isEmpty { text += " (missing: \(result.missing.joined(separator: ", ")))" }
        if let error = result.error, !result.message.contains(error) { text += " (\(error))" }
        return text
    }
}

/// The result of one embedded test.
public struct PackTestOutcome: Sendable {
    public var packID: String
    public var test: PackTest
    public var expectations: [ExpectationOutcome]
    /// Problems decoding the test's profile; any error fails the test.
    public var profileDiagnostics: [Diagnostic]

    public var passed: Bool {
        !profileDiagnostics.contains { $0.severity == .error } && expectations.allSatisfy(\.met)
    }

    /// Every reason the test failed, each at `file:line:col`.
    public var problems: [String] {
        var found: [String] = []
        let errors = profileDiagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            found.append("\(test.range): the test's profile does not decode:")
            found += errors.map { "  " + $0.description }
        }
        found += expectations.compactMap(\.problem)
        return found
    }
}

/// One expectation of a test, met or not, with the statuses seen.
public struct ExpectationOutcome: Sendable {
    public var expectation: PackTest.Expectation
    public var met: Bool
    /// The subjects of the check (paths) with their statuses.
    public var actual: [(subject: String, status: CheckStatus)]
    /// Why it is not met, located at the expectation.
    public var problem: String?
}
