import Comply

/// An explanation as indented text lines (`comply check --explain`): the `when` test, the
/// condition tree with each node's mark and label, each leaf's CEL text and the values of
/// its sub-expressions (power-assert style), the numeric gaps, then the lets.
///
/// ```text
/// Why:
///   applies when  export.market == "CN"  = true
///   ✘ all of 2
///     ✔ a growing-area code is declared
///         has(product.growing_area_code)
///     ✘ the regional value content reaches 40 %
///         origin.rvc(product) >= 40.0
///         origin.rvc(product) = 35.2
///         35.2 is 4.8 below the threshold 40
///   rvc = 35.2  (origin.rvc(product))
/// ```
struct ExplanationText {
    var words: ReportVocabulary
    var colour: Bool
    var wrap: LineWrapper
    /// Values longer than this are cut: a whole product map is noise under a condition.
    var maxValueWidth = 72

    func lines(_ explanation: Explanation, indent: String) -> [String] {
        var lines = [indent + TextStyle.bold.apply(words.why + ":", colour: colour)]
        let inner = indent + "  "
        if let when = explanation.when {
            var line =
                inner + words.applies + "  " + TextStyle.cyan.apply(when.expression ?? "", colour: colour)
            if let value = when.value { line += "  = " + value }
            lines.append(line)
            lines += details(of: when, indent: inner + "    ", includeExpression: false)
        }
        if let condition = explanation.condition {
            lines += node(condition, indent: inner)
        }
        for value in explanation.lets {
            let text = value.value.description
            var line = inner + value.name + " = " + cut(text)
            // A let holding a literal says nothing more by repeating it.
            if value.expression != text {
                line += "  " + TextStyle.dim.apply("(\(cut(value.expression, to: 60)))", colour: colour)
            }
            lines.append(line)
        }
        return lines
    }

    private func node(_ node: ConditionExplanation, indent: String) -> [String] {
        let mark = StatusSymbol.mark(node.outcome, colour: colour)
        var heading: String
        switch node.kind {
        case .all: heading = words.allOf(node.children.count)
        case .any: heading = words.anyOf(node.children.count)
        case .not: heading = words.not
        case .expression:
            heading = node.label == nil ? TextStyle.cyan.apply(node.expression ?? "", colour: colour) : ""
        }
        if let label = node.label?.text(in: words.language) {
            heading = heading.isEmpty ? label : heading + ": " + label
        }
        var lines = [indent + mark + " " + heading]
        let detailIndent = indent + "    "
        if node.kind == .expression {
            lines += details(of: node, indent: detailIndent, includeExpression: node.label != nil)
        } else if let error = node.error {
            lines.append(detailIndent + TextStyle.magenta.apply("\(words.fault): \(error)", colour: colour))
        }
        for child in node.children {
            lines += self.node(child, indent: indent + "  ")
        }
        return lines
    }

    /// A leaf's CEL text (when a label stood in its place), its sub-expression values,
    /// gaps, missing facts and fault.
    private func details(of node: ConditionExplanation, indent: String, includeExpression: Bool) -> [String] {
        var lines: [String] = []
        if includeExpression, let expression = node.expression {
            lines.append(indent + TextStyle.cyan.apply(expression, colour: colour))
        }
        // A whole record (`product = {...}`) is context, not a compared fact.
        let values = node.values.filter { observed in
            if case .map = observed.value { return false }
            return observed.text != node.expression || node.value == nil
        }
        let width = min(48, values.map(\.text.count).max() ?? 0)
        for observed in values {
            let padding = String(repeating: " ", count: max(0, width - observed.text.count))
            lines.append(indent + observed.text + padding + "  = " + cut(observed.display))
        }
        for gap in node.gaps {
            lines.append(indent + TextStyle.yellow.apply(gap.description(in: words.language), colour: colour))
        }
        if !node.missing.isEmpty {
            lines += wrap.lines(
                "\(words.missingFacts): " + node.missing.joined(separator: ", "), first: indent,
                rest: indent + "  ")
        }
        if let error = node.error {
            lines.append(indent + TextStyle.magenta.apply("\(words.fault): \(error)", colour: colour))
        }
        return lines
    }

    private func cut(_ text: String, to width: Int? = nil) -> String {
        let width = width ?? maxValueWidth
        return text.count > width ? String(text.prefix(width - 1)) + "…" : text
    }
}
