import Comply

/// The summary page of a batch scan (`report.html`): one self-contained file, no scripts,
/// charts drawn as inline SVG, so it opens offline and can be mailed or archived as it is.
///
/// It answers what an official asks of a scan: how many enterprises are compliant, which
/// domain the findings are in, which checks fail most often, which facts are most often
/// missing (what to collect next), and which profiles need attention first.
public struct ScanHTMLReport: Sendable {
    public var asOf: CivilDate
    public var language: Language
    /// `id@version` of every pack used.
    public var packs: [String]
    /// How many rows the "most often" tables show.
    public var topCount = 15

    public init(asOf: CivilDate, language: Language, packs: [String]) {
        self.asOf = asOf
        self.language = language
        self.packs = packs
    }

    private func pick(_ english: String, _ vietnamese: String) -> String {
        language == .vi ? vietnamese : english
    }

    public func render(_ entries: [ScanEntry]) -> String {
        let words = ReportVocabulary(language)
        let decoded = entries.filter { $0.verdict != nil }
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(pick("Compliance scan", "Kết quả rà soát tuân thủ")) — \(asOf)</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <h1>\(pick("Compliance scan", "Kết quả rà soát tuân thủ"))</h1>

            """
        html += "<p class=\"meta\">\(Self.escaped(words.asOf)) \(asOf) · "
        html += pick("\(entries.count) profiles", "\(entries.count) hồ sơ")
        html += " · \(Self.escaped(words.packs)): \(packs.map(Self.escaped).joined(separator: ", "))</p>\n"
        html +=
            "<p class=\"note\">"
            + pick(
                "Guidance from the rule packs, not legal advice: each pack's disclaimer applies. A check is "
                    + "unknown when a fact it needs is missing from the profile.",
                "Kết quả mang tính hướng dẫn theo các bộ quy tắc, không phải tư vấn pháp lý: áp dụng lưu ý "
                    + "của từng bộ quy tắc. Nội dung kiểm tra “chưa rõ” khi hồ sơ thiếu thông tin cần thiết.")
            + "</p>\n"

        // Verdicts.
        html += "<h2>\(pick("Verdicts", "Kết luận"))</h2>\n"
        let verdictBars: [Bar] =
            Verdict.allCases.map { verdict in
                Bar(
                    label: words.verdict(verdict), value: decoded.count { $0.verdict == verdict.rawValue },
                    colour: Self.colour(verdict))
            } + [
                Bar(
                    label: pick("did not decode", "không đọc được"), value: entries.count - decoded.count,
                    colour: "#8a8f98")
            ]
        html += Self.barChart(verdictBars, total: entries.count)

        // Results by domain.
        let statuses: [CheckStatus] = [.pass, .fail, .unknown, .error]
        var byDomain: [Domain: [CheckStatus: Int]] = [:]
        for entry in decoded {
            for (domain, counts) in entry.domains {
                guard let domain = Domain(rawValue: domain) else { continue }
                for status in statuses {
                    byDomain[domain, default: [:]][status, default: 0] += counts[status.rawValue] ?? 0
                }
            }
        }
        let domainRows = Domain.allCases.compactMap { domain -> StackedRow? in
            guard let counts = byDomain[domain], counts.values.contains(where: { $0 > 0 }) else { return nil }
            return StackedRow(
                label: words.domain(domain),
                parts: statuses.map { (words.status($0), counts[$0] ?? 0, Self.colour($0)) })
        }
        if !domainRows.isEmpty {
            html += "<h2>\(pick("Results by domain", "Kết quả theo lĩnh vực"))</h2>\n"
            html += Self.stackedChart(domainRows)
        }

        // Verdicts by place: where the findings are.
        let places = Dictionary(grouping: entries) { entry in
            [entry.district, entry.province].compactMap { $0 }.joined(separator: ", ")
        }
        if places.keys.contains(where: { !$0.isEmpty }) {
            html += "<h2>\(pick("Verdicts by place", "Kết luận theo địa bàn"))</h2>\n"
            html += "<table><thead><tr><th>\(pick("Place", "Địa bàn"))</th>"
            html += "<th class=\"n\">\(pick("Profiles", "Hồ sơ"))</th>"
            for verdict in Verdict.allCases {
                html += "<th class=\"n\">\(Self.escaped(words.verdict(verdict)))</th>"
            }
            html += "<th class=\"n\">\(pick("did not decode", "không đọc được"))</th></tr></thead><tbody>\n"
            let rows = places.sorted { left, right in
                let leftFindings = left.value.count { $0.verdict == Verdict.nonCompliant.rawValue }
                let rightFindings = right.value.count { $0.verdict == Verdict.nonCompliant.rawValue }
                return (leftFindings, right.key) > (rightFindings, left.key)
            }
            for (place, group) in rows {
                let name = place.isEmpty ? pick("(not given)", "(chưa khai)") : place
                html += "<tr><td>\(Self.escaped(name))</td><td class=\"n\">\(group.count)</td>"
                for verdict in Verdict.allCases {
                    html += "<td class=\"n\">\(group.count { $0.verdict == verdict.rawValue })</td>"
                }
                html += "<td class=\"n\">\(group.count { $0.verdict == nil })</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }

        // Checks failed most often.
        var failures: [String: (check: ScanEntry.FailedCheck, profiles: Int, subjects: Int)] = [:]
        for entry in decoded {
            for failed in entry.failed {
                let key = failed.pack + "/" + failed.check
                var total = failures[key] ?? (failed, 0, 0)
                total.profiles += 1
                total.subjects += failed.subjects
                failures[key] = total
            }
        }
        // Error-severity failures first: they are what makes a profile non-compliant.
        let weight: [String: Int] = [Severity.error.rawValue: 2, Severity.warning.rawValue: 1]
        let topFailures = failures.values.sorted {
            (weight[$0.check.severity] ?? 0, $0.profiles, $0.subjects, $1.check.pack + $1.check.check)
                > (weight[$1.check.severity] ?? 0, $1.profiles, $1.subjects, $0.check.pack + $0.check.check)
        }.prefix(topCount)
        if !topFailures.isEmpty {
            html += "<h2>\(pick("Checks failed most often", "Nội dung kiểm tra không đạt nhiều nhất"))</h2>\n"
            html += "<table><thead><tr><th>\(words.check)</th><th>\(pick("Pack", "Bộ quy tắc"))</th>"
            html += "<th>\(pick("Severity", "Mức độ"))</th><th class=\"n\">\(pick("Profiles", "Hồ sơ"))</th>"
            html += "<th class=\"n\">\(words.subject)</th></tr></thead><tbody>\n"
            for row in topFailures {
                let severity =
                    Severity(rawValue: row.check.severity).map(words.severity) ?? row.check.severity
                html +=
                    "<tr><td>\(Self.escaped(row.check.title))<br><code>\(Self.escaped(row.check.check))</code></td>"
                html +=
                    "<td><code>\(Self.escaped(row.check.pack))</code></td><td>\(Self.escaped(severity))</td>"
                html += "<td class=\"n\">\(row.profiles)</td><td class=\"n\">\(row.subjects)</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }

        // Facts missing most often.
        var missing: [String: Int] = [:]
        for entry in decoded {
            for fact in entry.missing { missing[fact, default: 0] += 1 }
        }
        let topMissing = missing.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(topCount)
        if !topMissing.isEmpty {
            html += "<h2>\(pick("Facts missing most often", "Thông tin còn thiếu nhiều nhất"))</h2>\n"
            html +=
                "<p>"
                + pick(
                    "Collecting these turns unknown results into answers.",
                    "Bổ sung các thông tin này để các nội dung “chưa rõ” có kết quả.") + "</p>\n"
            html += "<table><thead><tr><th>\(pick("Fact", "Thông tin"))</th>"
            html += "<th class=\"n\">\(pick("Profiles", "Hồ sơ"))</th></tr></thead><tbody>\n"
            for (fact, count) in topMissing {
                html += "<tr><td><code>\(Self.escaped(fact))</code></td><td class=\"n\">\(count)</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }

        // Profiles, the ones needing attention first.
        html += "<h2>\(pick("Profiles", "Hồ sơ"))</h2>\n"
        html += "<table><thead><tr><th>\(words.wholeEnterprise)</th><th>\(pick("Verdict", "Kết luận"))</th>"
        for status in statuses {
            html += "<th class=\"n\">\(Self.escaped(words.status(status)))</th>"
        }
        html += "</tr></thead><tbody>\n"
        let rank: [String?: Int] = [
            Verdict.nonCompliant.rawValue: 0, nil: 1, Verdict.incomplete.rawValue: 2,
            Verdict.compliant.rawValue: 3,
        ]
        for entry in entries.sorted(by: {
            (rank[$0.verdict] ?? 4, $0.file) < (rank[$1.verdict] ?? 4, $1.file)
        }) {
            let name = entry.enterprise.isEmpty ? entry.file : entry.enterprise
            html += "<tr><td>\(Self.escaped(name))<br><code>\(Self.escaped(entry.file))</code></td>"
            if let verdict = entry.verdict.flatMap(Verdict.init(rawValue:)) {
                html += "<td><span class=\"tag\" style=\"background:\(Self.colour(verdict))\">"
                html += "\(Self.escaped(words.verdict(verdict)))</span></td>"
                for status in statuses { html += "<td class=\"n\">\(entry.count(status))</td>" }
            } else {
                html += "<td><span class=\"tag\" style=\"background:#8a8f98\">"
                html += "\(pick("did not decode", "không đọc được"))</span></td>"
                html += "<td colspan=\"\(statuses.count)\">\(Self.escaped(entry.problems.first ?? ""))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody></table>\n"
        html +=
            "<p class=\"meta\">"
            + pick(
                "Every result, with its message and citation: results.csv and results.jsonl, next to this page.",
                "Toàn bộ kết quả, kèm thông báo và căn cứ pháp lý: results.csv và results.jsonl, cùng thư mục."
            )
            + "</p>\n</body>\n</html>\n"
        return html
    }

    // MARK: - Charts

    private struct Bar {
        var label: String
        var value: Int
        var colour: String
    }

    private struct StackedRow {
        var label: String
        var parts: [(label: String, value: Int, colour: String)]
    }

    private static let labelWidth = 260
    private static let barWidth = 380
    private static let rowHeight = 28

    /// Horizontal bars, each with its count and share of `total`.
    private static func barChart(_ bars: [Bar], total: Int) -> String {
        let height = bars.count * rowHeight + 8
        let largest = max(1, bars.map(\.value).max() ?? 1)
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(labelWidth + barWidth + 110) \(height)\" role=\"img\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let width = bar.value == 0 ? 0 : max(2, bar.value * barWidth / largest)
            let share = total == 0 ? 0 : (bar.value * 1000 / total + 5) / 10
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(escaped(bar.label))</text>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"20\" fill=\"\(bar.colour)\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 18)\">\(bar.value) (\(share) %)</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// One bar per row, split into its parts, with a legend.
    private static func stackedChart(_ rows: [StackedRow]) -> String {
        let legendHeight = 26
        let height = rows.count * rowHeight + legendHeight + 8
        let largest = max(1, rows.map { $0.parts.reduce(0) { $0 + $1.value } }.max() ?? 1)
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(labelWidth + barWidth + 110) \(height)\" role=\"img\">\n"
        var legendX = labelWidth
        for part in rows[0].parts {
            svg += "<rect x=\"\(legendX)\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(part.colour)\"/>"
            svg += "<text x=\"\(legendX + 20)\" y=\"18\">\(escaped(part.label))</text>"
            legendX += 20 + 9 * part.label.count + 16
        }
        svg += "\n"
        for (index, row) in rows.enumerated() {
            let y = legendHeight + index * rowHeight + 4
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(escaped(row.label))</text>"
            var x = labelWidth
            for part in row.parts where part.value > 0 {
                let width = max(1, part.value * barWidth / largest)
                svg +=
                    "<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(width)\" height=\"20\" fill=\"\(part.colour)\">"
                svg += "<title>\(escaped(part.label)): \(part.value)</title></rect>"
                x += width
            }
            svg += "<text x=\"\(x + 6)\" y=\"\(y + 18)\">\(row.parts.reduce(0) { $0 + $1.value })</text>\n"
        }
        return svg + "</svg>\n"
    }

    private static func colour(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: return "#2e7d32"
        case .nonCompliant: return "#c62828"
        case .incomplete: return "#ef8f00"
        }
    }

    private static func colour(_ status: CheckStatus) -> String {
        switch status {
        case .pass: return "#2e7d32"
        case .fail: return "#c62828"
        case .unknown: return "#ef8f00"
        case .error: return "#6a1b9a"
        case .notApplicable: return "#8a8f98"
        }
    }

    /// Text for the page's content (its attributes are constants).
    static func escaped(_ text: String) -> String {
        MarkupText.escaped(text, inAttribute: false)
    }

    private static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2em auto;\
        max-width:60em;padding:0 1em;color:#1d2329;line-height:1.45}\
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #dde1e6}\
        .meta{color:#59636e}.note{background:#f6f8fa;border-left:4px solid #8a8f98;padding:.5em .8em}\
        table{border-collapse:collapse;width:100%;font-size:.92em}th,td{text-align:left;padding:.35em .5em;\
        border-bottom:1px solid #eceff2;vertical-align:top}th{background:#f6f8fa}.n{text-align:right}\
        code{font-size:.9em;color:#59636e}.tag{color:#fff;border-radius:3px;padding:.05em .45em;white-space:nowrap}\
        .chart{width:100%;max-width:750px;font-size:13px}.chart text{fill:#1d2329}
        """
}
