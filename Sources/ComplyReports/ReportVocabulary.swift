import Comply

/// The reporters' own words in each language: headings, status names, the verdict and
/// the labels around a result. Pack content (titles, messages, remediations) comes
/// translated from the pack; this table covers only what the reporter itself writes.
///
/// ```swift
/// let words = ReportVocabulary(.vi)
/// words.status(.fail, count: 2)   // "2 không đạt"
/// words.nextStep                  // "Việc cần làm"
/// ```
public struct ReportVocabulary: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func pick(_ english: String, _ vietnamese: String) -> String {
        language == .vi ? vietnamese : english
    }

    public var asOf: String { pick("As of", "Tính đến ngày") }
    public var packs: String { pick("Packs", "Bộ quy tắc") }
    public var notInForce: String {
        pick("not in force on this date", "chưa/không còn hiệu lực vào ngày này")
    }
    public var source: String { pick("Source", "Căn cứ") }
    public var nextStep: String { pick("Next step", "Việc cần làm") }
    public var missingFacts: String { pick("Missing facts", "Thông tin còn thiếu") }
    public var fault: String { pick("Fault", "Lỗi") }
    public var provisional: String { pick("provisional", "tạm thời") }
    public var why: String { pick("Why", "Lý do") }
    public var applies: String { pick("applies when", "áp dụng khi") }
    public var values: String { pick("Values", "Giá trị") }
    public var disclaimer: String { pick("Disclaimer", "Lưu ý") }
    /// Before the breakdown of failures or unknowns none of which decides the verdict.
    public var allAdvisory: String { pick("all advisory", "đều chỉ để lưu ý") }
    public var wholeEnterprise: String { pick("Enterprise", "Doanh nghiệp") }
    public var subject: String { pick("Subject", "Đối tượng") }
    public var check: String { pick("Check", "Nội dung kiểm tra") }
    public var result: String { pick("Result", "Kết quả") }
    public var details: String { pick("Details", "Chi tiết") }
    public var noResults: String {
        pick(
            "No check applies to this profile with these options.",
            "Không có nội dung kiểm tra nào áp dụng cho hồ sơ này.")
    }
    public var hiddenNotApplicable: String {
        pick(
            "not-applicable checks hidden; --show all lists them",
            "ẩn các nội dung không áp dụng; dùng --show all để xem")
    }

    public func allOf(_ count: Int) -> String { pick("all of \(count)", "tất cả \(count) điều kiện") }
    public func anyOf(_ count: Int) -> String {
        pick("any of \(count)", "ít nhất một trong \(count) điều kiện")
    }
    public var not: String { pick("not", "không") }

    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return pick("error", "bắt buộc")
        case .warning: return pick("warning", "cảnh báo")
        case .info: return pick("info", "thông tin")
        }
    }

    /// The status as a count in a summary: `2 failed`, `1 unknown`.
    public func status(_ status: CheckStatus, count: Int) -> String {
        switch status {
        case .pass: return pick("\(count) passed", "\(count) đạt")
        case .fail: return pick("\(count) failed", "\(count) không đạt")
        case .unknown: return pick("\(count) unknown", "\(count) chưa rõ")
        case .notApplicable: return pick("\(count) not applicable", "\(count) không áp dụng")
        case .error: return pick(count == 1 ? "1 error" : "\(count) errors", "\(count) lỗi")
        }
    }

    /// The status as a word in a table cell.
    public func status(_ status: CheckStatus) -> String {
        switch status {
        case .pass: return pick("pass", "đạt")
        case .fail: return pick("fail", "không đạt")
        case .unknown: return pick("unknown", "chưa rõ")
        case .notApplicable: return pick("not applicable", "không áp dụng")
        case .error: return pick("error", "lỗi")
        }
    }

    /// The verdict word: English keeps the machine word (`non_compliant`), so a log line
    /// matches the JSON output.
    public func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: return pick("compliant", "tuân thủ")
        case .nonCompliant: return pick("non_compliant", "không tuân thủ")
        case .incomplete: return pick("incomplete", "chưa đủ thông tin")
        }
    }

    public func domain(_ domain: Domain) -> String {
        switch domain {
        case .fta: return pick("Free-trade agreements (FTA)", "Hiệp định thương mại tự do (FTA)")
        case .sps: return pick("Sanitary and phytosanitary (SPS)", "Kiểm dịch động, thực vật (SPS)")
        case .investment: return pick("Investment", "Đầu tư")
        case .tradeRemedy: return pick("Trade remedies", "Phòng vệ thương mại")
        case .customs: return pick("Customs", "Hải quan")
        case .other: return pick("Other", "Khác")
        }
    }
}
