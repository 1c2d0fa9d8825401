import CEL

/// Fills a check's message for an outcome: the pack's template with its `{{ }}` holes
/// evaluated for the subject, or a default sentence when the pack wrote none.
///
/// A hole whose value is missing or faulty is written as `—`: the message still reads,
/// and the result's status and missing facts say what is wrong.
struct MessageRenderer {
    let language: Language

    func render(_ template: MessageTemplate, activation: Activation) -> String {
        var text = ""
        for segment in template.segments {
            switch segment {
            case .text(let literal):
                text += literal
            case .value(let expression, let format):
                text += ValueFormatter.format(
                    expression.program.evaluate(activation), format, language: language)
            }
        }
        return text
    }

    /// The sentence for an outcome the pack did not write a message for.
    func defaultMessage(
        _ status: CheckStatus, title: LocalizedText, missing: [String], error: String?
    ) -> String {
        let name = title.text(in: language)
        let facts = missing.joined(separator: ", ")
        switch (language, status) {
        case (.en, .pass): return "Met: \(name)."
        case (.en, .fail): return "Not met: \(name)."
        case (.en, .notApplicable): return "Does not apply: \(name)."
        case (.en, .unknown):
            return missing.isEmpty
                ? "Cannot decide \"\(name)\": facts are missing."
                : "Cannot decide \"\(name)\": the profile does not give \(facts)."
        case (.en, .error): return "Rule error in \"\(name)\": \(error ?? "unknown fault")."
        case (.vi, .pass): return "Đạt: \(name)."
        case (.vi, .fail): return "Không đạt: \(name)."
        case (.vi, .notApplicable): return "Không áp dụng: \(name)."
        case (.vi, .unknown):
            return missing.isEmpty
                ? "Chưa thể kết luận \"\(name)\": thiếu thông tin."
                : "Chưa thể kết luận \"\(name)\": hồ sơ chưa có \(facts)."
        case (.vi, .error): return "Lỗi quy tắc ở \"\(name)\": \(error ?? "lỗi không xác định")."
        }
    }
}
