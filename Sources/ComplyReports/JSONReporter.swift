import Comply

/// The machine-readable report, for batch jobs and CI. The shape is documented in
/// `docs/json-output.md` and stable: every key is always present (null or empty when
/// there is nothing to say), in a fixed order, and person-facing strings are in the
/// report's language.
///
/// ```json
/// {
///   "comply_version": "0.1.0",
///   "as_of": "2026-06-01",
///   "language": "en",
///   "packs": [{"id": "vn.sps.cn-fresh-fruit", "version": "1.0.0", ...}],
///   "profiles": [
///     {"file": "...", "enterprise": "...", "verdict": "non_compliant",
///      "summary": {"fail": 1, "unknown": 0, "error": 0, "pass": 7, "not_applicable": 12, "total": 20},
///      "results": [{"pack": "...", "check": "...", "status": "fail", ...}]}
///   ]
/// }
/// ```
///
/// Results follow ``ReportOptions/shown`` like the text output (not-applicable ones are
/// left out by default, and always counted); `explanation` is null unless
/// ``ReportOptions/explain`` is on.
public struct JSONReporter: Reporter {
    public var options: ReportOptions
    /// Two-space indentation; one line per document when false.
    public var pretty: Bool

    public init(options: ReportOptions = ReportOptions(), pretty: Bool = true) {
        self.options = options
        self.pretty = pretty
    }

    public func render(_ set: ReportSet) -> String {
        document(set).text(pretty: pretty) + "\n"
    }

    public func document(_ set: ReportSet) -> JSONValue {
        .object([
            ("comply_version", .string(ComplyVersion.current)),
            ("as_of", .string(set.asOf.description)),
            ("language", .string(set.language.rawValue)),
            ("packs", .array((set.reports.first?.packs ?? []).map { pack(($0), language: set.language) })),
            ("profiles", .array(set.reports.map(profile))),
        ])
    }

    func pack(_ pack: PackSummary, language: Language) -> JSONValue {
        .object([
            ("id", .string(pack.id)),
            ("version", .string(pack.version.description)),
            ("title", .string(pack.title.text(in: language))),
            ("domain", .string(pack.domain.rawValue)),
            ("jurisdiction", .string(pack.jurisdiction)),
            ("in_force", .bool(pack.inForce)),
            ("disclaimer", .string(pack.disclaimer.text(in: language))),
        ])
    }

    func profile(_ report: ProfileReport) -> JSONValue {
        var summary: [(String, JSONValue)] = SummaryLine.order.map { ($0.rawValue, .int(report.count($0))) }
        summary.append(("total", .int(CheckStatus.allCases.reduce(0) { $0 + report.count($1) })))
        let results = report.results.filter { options.shown.contains($0.status) }
        return .object([
            ("file", .string(report.profile)),
            ("enterprise", .string(report.profileName)),
            ("verdict", .string(report.verdict.rawValue)),
            ("summary", .object(summary)),
            ("results", .array(results.map { result($0, language: report.language) })),
        ])
    }

    func result(_ result: CheckResult, language: Language) -> JSONValue {
        .object([
            ("pack", .string(result.packID)),
            ("pack_version", .string(result.packVersion.description)),
            ("check", .string(result.checkID)),
            ("title", .string(result.title.text(in: language))),
            (
                "subject",
                .object([("path", .string(result.subject.path)), ("label", .string(result.subject.label))])
            ),
            ("domain", .string(result.domain.rawValue)),
            ("jurisdiction", .string(result.jurisdiction)),
            ("status", .string(result.status.rawValue)),
            ("severity", .string(result.severity.rawValue)),
            ("provisional", .bool(result.provisional)),
            ("message", .string(result.message)),
            ("citations", .array(result.citations.map { citation($0, language: language) })),
            ("remediation", .string(result.remediation?.text(in: language))),
            ("missing", .array(result.missing.map(JSONValue.string))),
            ("error", .string(result.error)),
            ("tags", .array(result.tags.map(JSONValue.string))),
            (
                "explanation",
                options.explain
                    ? result.explanation.map { explanation($0, language: language) } ?? .null : .null
            ),
        ])
    }

    func citation(_ citation: ResolvedCitation, language: Language) -> JSONValue {
        .object([
            ("source", .string(citation.sourceID)),
            ("title", .string(citation.title.text(in: language))),
            ("article", .string(citation.article?.text(in: language))),
            ("document", .string(citation.document)),
            ("url", .string(citation.url)),
        ])
    }

    func explanation(_ explanation: Explanation, language: Language) -> JSONValue {
        .object([
            ("when", explanation.when.map { node($0, language: language) } ?? .null),
            ("condition", explanation.condition.map { node($0, language: language) } ?? .null),
            (
                "lets",
                .array(
                    explanation.lets.map { value in
                        .object([
                            ("name", .string(value.name)),
                            ("label", .string(value.label?.text(in: language))),
                            ("expression", .string(value.expression)),
                            ("value", .string(value.value.description)),
                        ])
                    })
            ),
        ])
    }

    func node(_ node: ConditionExplanation, language: Language) -> JSONValue {
        .object([
            ("kind", .string(node.kind.rawValue)),
            ("label", .string(node.label?.text(in: language))),
            ("expression", .string(node.expression)),
            ("outcome", .string(node.outcome.rawValue)),
            ("value", .string(node.value)),
            (
                "values",
                .array(
                    node.values.map { .object([("text", .string($0.text)), ("value", .string($0.display))]) })
            ),
            ("gaps", .array(node.gaps.map { gap($0, language: language) })),
            ("missing", .array(node.missing.map(JSONValue.string))),
            ("error", .string(node.error)),
            ("children", .array(node.children.map { self.node($0, language: language) })),
        ])
    }

    func gap(_ gap: NumericGap, language: Language) -> JSONValue {
        .object([
            ("expression", .string(gap.expression)),
            ("value", .number(gap.value.normalized.description)),
            ("relation", .string(gap.relation.rawValue)),
            ("threshold", .number(gap.threshold.normalized.description)),
            ("gap", .number(gap.gap.normalized.description)),
            ("text", .string(gap.description(in: language))),
        ])
    }
}
