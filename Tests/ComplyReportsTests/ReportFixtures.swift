import CEL
import Comply
import ComplyReports
import Foundation

/// Hand-built reports: a mango cooperative exporting to China and Thailand, with one
/// result of every status, so reporter tests do not depend on real packs.
enum ReportFixtures {
    /// 2026-06-01.
    static let asOf = CivilDate(Date(timeIntervalSince1970: 1_780_272_000))
    static let version = SemanticVersion(major: 1, minor: 2, patch: 0)

    static let cnExport = Subject(
        path: "products[0].exports[0]", label: "Mango (080450) → CN (ACFTA)",
        bindings: [
            .init(name: "product", path: "products[0]"),
            .init(name: "export", path: "products[0].exports[0]"),
        ])
    static let thExport = Subject(
        path: "products[0].exports[1]", label: "Mango (080450) → TH (ATIGA)",
        bindings: [
            .init(name: "product", path: "products[0]"),
            .init(name: "export", path: "products[0].exports[1]"),
        ])
    static let product = Subject(
        path: "products[0]", label: "Mango (080450)", bindings: [.init(name: "product", path: "products[0]")])

    static let gacc = ResolvedCitation(
        sourceID: "gacc-248",
        title: LocalizedText(translations: [
            .en: "GACC Decree No. 248 (2021)", .vi: "Lệnh 248 của GACC (2021)",
        ]),
        article: LocalizedText(translations: [.en: "Art. 7", .vi: "Điều 7"]),
        url: "https://example.org/gacc-248",
        document: "Decree 248")

    static func result(
        _ check: String, _ status: CheckStatus, subject: Subject, domain: Domain = .sps,
        severity: Severity = .error,
        provisional: Bool = false, message: String = "", missing: [String] = [], error: String? = nil,
        explanation: Explanation? = nil, jurisdiction: String? = "CN"
    ) -> CheckResult {
        CheckResult(
            packID: domain == .sps ? "vn.sps.cn-fresh-fruit" : "asean.atiga", packVersion: version,
            domain: domain,
            jurisdiction: jurisdiction, checkID: check,
            title: LocalizedText(translations: [.en: "Title of \(check)", .vi: "Tiêu đề \(check)"]),
            subject: subject,
            status: status, severity: severity, provisional: provisional, message: message,
            citations: [gacc],
            remediation: LocalizedText(translations: [
                .en: "Apply to the Plant Protection Department.", .vi: "Nộp hồ sơ tại Cục Bảo vệ thực vật.",
            ]),
            missing: missing, error: error, explanation: explanation)
    }

    static let gapExplanation = Explanation(
        when: ConditionExplanation(
            kind: .expression, path: [], label: nil, expression: "export.market == \"TH\"", outcome: .pass,
            value: "true"),
        condition: ConditionExplanation(
            kind: .all, path: [], label: nil, outcome: .fail,
            children: [
                ConditionExplanation(
                    kind: .expression, path: [0], label: LocalizedText("a certificate of origin is held"),
                    expression: "has(export.proof_of_origin)", outcome: .pass, value: "true"),
                ConditionExplanation(
                    kind: .expression, path: [1],
                    label: LocalizedText(translations: [.en: "RVC reaches 40 %", .vi: "RVC đạt 40 %"]),
                    expression: "rvc >= 40.0", outcome: .fail, value: "false",
                    values: [ObservedValue(text: "rvc", value: .double(35.2))],
                    gaps: [
                        NumericGap(
                            expression: "rvc", value: ExactDecimal(coefficient: 352, scale: 1),
                            relation: .greaterOrEqual,
                            threshold: ExactDecimal(40))
                    ]),
            ]),
        lets: [LetValue(name: "rvc", label: nil, expression: "origin.rvc(product)", value: .double(35.2))])

    /// One result of each status, with the counts and verdict the engine would give.
    static func report(language: Language = .en, explain: Bool = false) -> ProfileReport {
        let results = [
            result(
                "cn-growing-area", .pass, subject: cnExport,
                message: language == .vi
                    ? "Đã có mã vùng trồng VN-SL-001." : "Growing area code VN-SL-001 is registered."),
            result(
                "cn-packing-house", .fail, subject: cnExport, provisional: true,
                message: language == .vi
                    ? "Cơ sở đóng gói chưa được cấp mã." : "The packing house has no GACC code."),
            result(
                "cn-residue", .unknown, subject: cnExport,
                message: language == .vi ? "Chưa có kết quả kiểm nghiệm." : "No residue test is recorded.",
                missing: ["products[0].residue_tests"]),
            result("cn-cold-treatment", .notApplicable, subject: cnExport, message: "Not needed for mango."),
            result(
                "atiga-rvc", .fail, subject: thExport, domain: .fta, severity: .warning,
                message: language == .vi
                    ? "RVC 35,2 % thấp hơn 40 %." : "RVC 35.2 % is 4.8 points below 40 %.",
                explanation: gapExplanation,
                jurisdiction: "ASEAN"),
            result("cn-plugin", .error, subject: product, message: "", error: "division by zero"),
        ]
        var counts: [CheckStatus: Int] = [:]
        for result in results { counts[result.status, default: 0] += 1 }
        counts[.notApplicable, default: 0] += 11
        let packs = [
            PackSummary(
                id: "vn.sps.cn-fresh-fruit", version: version, title: LocalizedText("China SPS"),
                domain: .sps, jurisdiction: "CN",
                disclaimer: LocalizedText(translations: [
                    .en: "Guidance, not legal advice.", .vi: "Chỉ để tham khảo.",
                ]), inForce: true),
            PackSummary(
                id: "asean.atiga", version: version, title: LocalizedText("ATIGA"), domain: .fta,
                jurisdiction: "ASEAN",
                disclaimer: LocalizedText(translations: [
                    .en: "Guidance, not legal advice.", .vi: "Chỉ để tham khảo.",
                ]), inForce: true),
            PackSummary(
                id: "vn.old", version: version, title: LocalizedText("Old"), domain: .other,
                jurisdiction: nil,
                disclaimer: LocalizedText("Expired."), inForce: false),
        ]
        return ProfileReport(
            profile: "Examples/profiles/mango.yaml", profileName: "Hợp tác xã Xoài Yên Châu", asOf: asOf,
            language: language,
            verdict: Verdict(results: results), results: results, counts: counts, packs: packs)
    }

    static func set(language: Language = .en) -> ReportSet {
        ReportSet(asOf: asOf, language: language, reports: [report(language: language)])
    }

    /// The profile value the subjects point into.
    static let profileValue: Value = {
        func map(_ pairs: [(String, Value)]) -> Value {
            var map = MapValue()
            for (key, value) in pairs { map[.string(key)] = value }
            return .map(map)
        }
        let exports: Value = .list([map([("market", .string("CN"))]), map([("market", .string("TH"))])])
        return map([("products", .list([map([("name", .string("Mango")), ("exports", exports)])]))])
    }()
}
