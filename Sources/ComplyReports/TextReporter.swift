import Comply

/// The report a person reads in a terminal.
///
/// ```text
/// Hợp tác xã Xoài Yên Châu  (Examples/profiles/yen-chau-mango-coop.yaml)
/// As of 2026-06-01 · Packs: vn.sps.cn-fresh-fruit@1.0.0, asean.atiga@1.0.0
///
/// Mango (080450) → CN (ACFTA)  products[0].exports[0]
///   Sanitary and phytosanitary (SPS)
///     ✘ Growing area registered with GACC
///       Yen Chau mango has no GACC-registered growing-area code.
///       Source: GACC Decree No. 248 (2021), Art. 7
///       Next step: Apply through the Plant Protection Department …
///
/// Disclaimer: Guidance, not legal advice …
///
/// non_compliant: 1 failed, 0 unknown, 7 passed, 12 not applicable
/// ```
///
/// Results are grouped by subject, then domain (``SubjectGroup``); each line starts with a
/// status mark (``StatusSymbol``), coloured only when ``ReportOptions/colour`` is on.
/// Every word the reporter writes itself comes from ``ReportVocabulary`` in the report's
/// language.
public struct TextReporter: Reporter {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func render(_ set: ReportSet) -> String {
        set.reports.map(render).joined(separator: "\n" + String(repeating: "─", count: 40) + "\n\n")
    }

    /// One profile's report, ending with its summary line and a newline.
    public func render(_ report: ProfileReport) -> String {
        var lines: [String] = []
        let words = ReportVocabulary(report.language)
        let wrap = LineWrapper(width: options.width)
        let colour = options.colour

        lines.append(TextStyle.bold.apply(report.profileName, colour: colour) + "  (\(report.profile))")
        // A pack's id, version and state stay on one line.
        var packs = report.packs.map { pack in
            pack.inForce ? "\(pack.id)@\(pack.version)," : "\(pack.id)@\(pack.version) (\(words.notInForce)),"
        }
        if let last = packs.popLast() { packs.append(String(last.dropLast())) }
        lines += wrap.fill(
            ["\(words.asOf) \(report.asOf) ·", "\(words.packs):"] + packs, first: "", rest: "  ")

        let shown = report.results.filter { options.shown.contains($0.status) }
        let groups = SubjectGroup.groups(of: shown)
        if groups.isEmpty {
            lines.append("")
            lines.append(words.noResults)
        }
        for group in groups {
            lines.append("")
            lines.append(heading(for: group.subject, report: report, words: words))
            for domain in group.domains {
                lines.append("  " + TextStyle.bold.apply(words.domain(domain.domain), colour: colour))
                for result in domain.results {
                    lines += self.lines(for: result, words: words, wrap: wrap)
                }
            }
        }

        let disclaimers = uniqueDisclaimers(report, shown: shown)
        if disclaimers.count == 1, let only = disclaimers.first {
            lines.append("")
            let first = words.disclaimer + ": "
            lines += wrap.lines(only.text, first: first, rest: String(repeating: " ", count: first.count)).map
            {
                TextStyle.dim.apply($0, colour: colour)
            }
        } else if !disclaimers.isEmpty {
            lines.append("")
            lines.append(TextStyle.dim.apply(words.disclaimer + ":", colour: colour))
            for disclaimer in disclaimers {
                lines += wrap.lines(
                    disclaimer.packs.joined(separator: ", ") + ": " + disclaimer.text, first: "  • ",
                    rest: "    "
                ).map { TextStyle.dim.apply($0, colour: colour) }
            }
        }

        lines.append("")
        if !options.shown.contains(.notApplicable) && report.count(.notApplicable) > 0 {
            lines.append(TextStyle.dim.apply("(\(words.hiddenNotApplicable))", colour: colour))
        }
        lines.append(summary(report))
        return lines.joined(separator: "\n") + "\n"
    }

    private func heading(for subject: Subject, report: ProfileReport, words: ReportVocabulary) -> String {
        let colour = options.colour
        if subject.path.isEmpty {
            return TextStyle.bold.apply("\(words.wholeEnterprise) — \(report.profileName)", colour: colour)
        }
        let label = subject.label.isEmpty ? subject.path : subject.label
        let path = subject.label.isEmpty ? "" : "  " + TextStyle.dim.apply(subject.path, colour: colour)
        return TextStyle.bold.apply(label, colour: colour) + path
    }

    private func lines(for result: CheckResult, words: ReportVocabulary, wrap: LineWrapper) -> [String] {
        let colour = options.colour
        let indent = "      "
        var lines: [String] = []

        // A failed warning or info check does not decide the verdict: marked, not alarmed.
        let mark =
            result.status == .fail && result.severity != .error
            ? TextStyle.yellow.apply(StatusSymbol.symbol(for: .fail), colour: colour)
            : StatusSymbol.mark(result.status, colour: colour)
        var title = mark + " " + result.title.text(in: words.language)
        var tags: [String] = []
        if result.severity != .error { tags.append(words.severity(result.severity)) }
        if result.provisional { tags.append(words.provisional) }
        if !tags.isEmpty {
            title += "  " + TextStyle.yellow.apply("[" + tags.joined(separator: ", ") + "]", colour: colour)
        }
        lines.append("    " + title)

        if !result.message.isEmpty { lines += wrap.lines(result.message, first: indent, rest: indent) }
        if result.status == .error, let fault = result.error {
            lines += wrap.lines("\(words.fault): \(fault)", first: indent, rest: indent + "  ").map {
                TextStyle.magenta.apply($0, colour: colour)
            }
        }
        if result.status == .unknown, !result.missing.isEmpty {
            lines += wrap.lines(
                "\(words.missingFacts): " + result.missing.joined(separator: ", "), first: indent,
                rest: indent + "  "
            ).map { TextStyle.yellow.apply($0, colour: colour) }
        }
        if result.status == .fail || result.status == .unknown || options.explain {
            // Links are long: the plain output names the sources, --explain adds where to read them.
            for citation in result.citations {
                let text = Self.citationText(citation, language: words.language, link: options.explain)
                lines += wrap.lines("\(words.source): " + text, first: indent, rest: indent + "  ")
            }
        }
        if result.status == .fail || result.status == .unknown, let remediation = result.remediation {
            lines += wrap.lines(
                "\(words.nextStep): " + remediation.text(in: words.language), first: indent,
                rest: indent + "  ")
        }
        if options.explain, let explanation = result.explanation {
            lines += ExplanationText(words: words, colour: colour, wrap: wrap).lines(
                explanation, indent: indent)
        }
        return lines
    }

    /// `GACC Decree No. 248 (2021), Art. 7`, with ` <https://…>` when `link` is on.
    static func citationText(_ citation: ResolvedCitation, language: Language, link: Bool) -> String {
        var text = citation.title.text(in: language)
        if let article = citation.article { text += ", \(article.text(in: language))" }
        if let note = citation.note { text += " (\(note.text(in: language)))" }
        if link, let url = citation.url { text += " <\(url)>" }
        return text
    }

    /// Each distinct disclaimer text once, with the packs that carry it: only packs with a
    /// result on show, so that a focused report is not buried under the library's notices.
    private func uniqueDisclaimers(
        _ report: ProfileReport, shown: [CheckResult]
    ) -> [(text: String, packs: [String])] {
        let speaking = Set(shown.map(\.packID))
        var disclaimers: [(text: String, packs: [String])] = []
        for pack in report.packs where pack.inForce && speaking.contains(pack.id) {
            let text = pack.disclaimer.text(in: report.language)
            guard !text.isEmpty else { continue }
            if let index = disclaimers.firstIndex(where: { $0.text == text }) {
                disclaimers[index].packs.append(pack.id)
            } else {
                disclaimers.append((text, [pack.id]))
            }
        }
        return disclaimers
    }

    private func summary(_ report: ProfileReport) -> String {
        let text = SummaryLine.text(for: report)
        let style: TextStyle
        switch report.verdict {
        case .compliant: style = .boldGreen
        case .nonCompliant: style = .boldRed
        case .incomplete: style = .boldYellow
        }
        return style.apply(text, colour: options.colour)
    }
}
