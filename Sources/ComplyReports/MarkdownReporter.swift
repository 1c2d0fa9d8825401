import Comply

/// The report as GitHub-flavoured Markdown, to paste in an issue or a pull request: per
/// profile a heading with the verdict, then a table per subject.
///
/// ```markdown
/// ## Hợp tác xã Xoài Yên Châu: non_compliant
///
/// `Examples/profiles/yen-chau-mango-coop.yaml` · As of 2026-06-01 · Packs: `vn.sps.cn-fresh-fruit@1.0.0`
///
/// **non_compliant: 1 failed, 0 unknown, 7 passed, 12 not applicable**
///
/// ### Mango (080450) → CN (ACFTA)
///
/// | | Check | Result | Details |
/// |---|---|---|---|
/// | ✘ | Growing area registered with GACC<br><sub>Sanitary and phytosanitary (SPS) · `cn-fruit-growing-area-code`</sub> | fail | No registered code.<br>**Source:** … |
/// ```
public struct MarkdownReporter: Reporter {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ set: ReportSet) -> String {
        set.reports.map(render).joined(separator: "\n")
    }

    public func render(_ report: ProfileReport) -> String {
        let words = ReportVocabulary(report.language)
        var lines: [String] = []
        lines.append("## \(Self.escape(report.profileName)): \(words.verdict(report.verdict))")
        lines.append("")
        let packs = report.packs.map { pack in
            "`\(pack.id)@\(pack.version)`" + (pack.inForce ? "" : " (\(words.notInForce))")
        }
        lines.append(
            "`\(report.profile)` · \(words.asOf) \(report.asOf) · \(words.packs): "
                + packs.joined(separator: ", "))
        lines.append("")
        lines.append("**\(SummaryLine.text(for: report))**")

        let shown = report.results.filter { options.shown.contains($0.status) }
        for group in SubjectGroup.groups(of: shown) {
            lines.append("")
            let subject = group.subject
            let heading =
                subject.path.isEmpty
                ? Self.escape("\(words.wholeEnterprise): \(report.profileName)")
                : (subject.label.isEmpty ? "" : Self.escape(subject.label) + " ") + "(`\(subject.path)`)"
            lines.append("### " + heading)
            lines.append("")
            lines.append("| | \(words.check) | \(words.result) | \(words.details) |")
            lines.append("|---|---|---|---|")
            for domain in group.domains {
                for result in domain.results {
                    lines.append(row(result, words: words))
                }
            }
        }

        var seen: Set<String> = []
        let speaking = Set(shown.map(\.packID))
        let disclaimers = report.packs.filter { $0.inForce && speaking.contains($0.id) }
            .map { $0.disclaimer.text(in: report.language) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        if !disclaimers.isEmpty {
            lines.append("")
            for text in disclaimers { lines.append("> **\(words.disclaimer):** " + Self.escape(text)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ result: CheckResult, words: ReportVocabulary) -> String {
        var title = Self.cell(result.title.text(in: words.language))
        var tags: [String] = [words.domain(result.domain)]
        if result.severity != .error { tags.append(words.severity(result.severity)) }
        if result.provisional { tags.append(words.provisional) }
        title += "<br><sub>" + Self.cell(tags.joined(separator: " · ")) + " · `\(result.checkID)`</sub>"

        var details: [String] = []
        if !result.message.isEmpty { details.append(Self.cell(result.message)) }
        if let fault = result.error, result.status == .error {
            details.append("**\(words.fault):** " + Self.cell(fault))
        }
        if result.status == .unknown, !result.missing.isEmpty {
            details.append(
                "**\(words.missingFacts):** " + result.missing.map { "`\($0)`" }.joined(separator: ", "))
        }
        if result.status == .fail || result.status == .unknown {
            for citation in result.citations {
                var text = Self.cell(citation.title.text(in: words.language))
                if let url = citation.url { text = "[\(text)](\(url))" }
                if let article = citation.article {
                    text += ", " + Self.cell(article.text(in: words.language))
                }
                details.append("**\(words.source):** " + text)
            }
            if let remediation = result.remediation {
                details.append("**\(words.nextStep):** " + Self.cell(remediation.text(in: words.language)))
            }
        }
        let mark = StatusSymbol.symbol(for: result.status)
        return
            "| \(mark) | \(title) | \(words.status(result.status)) | \(details.joined(separator: "<br>")) |"
    }

    /// Text safe inside a table cell: pipes escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        escape(text).replacingLineBreaks()
    }

    /// Characters Markdown would read as markup, escaped.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|", "*", "_", "`", "<", ">", "[", "]": output += "\\" + String(character)
            default: output.append(character)
            }
        }
        return output
    }
}

extension String {
    fileprivate func replacingLineBreaks() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
