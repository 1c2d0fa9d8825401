import YAML

extension DecodingContext {
    static let conditionKeys = ["expr", "label", "all", "any", "not"]

    /// A `require` tree: a CEL string; `{expr, label}`; `{all: [...], label}`;
    /// `{any: [...], label}`; or `{not: condition, label}`.
    mutating func condition(_ node: Node, _ what: String) -> Condition? {
        switch node.kind {
        case .scalar:
            return celExpression(node, what).map { .expression($0, label: nil) }
        case .sequence:
            error(
                node.range, "expected \(what) as a CEL expression or a mapping, found a sequence",
                hint: "put a list of conditions under all: (every one must hold) or any: (one must hold)")
            return nil
        case .mapping:
            guard let reader = MappingReader(node, what: what, allowed: Self.conditionKeys, context: &self)
            else {
                return nil
            }
            let forms = ["expr", "all", "any", "not"].filter { reader.entry($0) != nil }
            guard forms.count == 1 else {
                if forms.isEmpty {
                    error(
                        node.range, "\(what) has none of expr, all, any or not",
                        hint: "write expr: <CEL>, or all:/any: with a list, or not: with one condition")
                } else if let second = reader.entry(forms[1]) {
                    error(
                        second.key.range, "\(what) has both \(forms[0]) and \(forms[1])",
                        hint: "a condition is one of expr, all, any or not; nest the others inside it")
                }
                return nil
            }
            let label = reader.value("label").flatMap { localizedText($0, "the label of \(what)") }
            let form = forms[0]
            guard let value = reader.required(form, context: &self) else { return nil }
            switch form {
            case "expr":
                return celExpression(value, "\(what)").map { .expression($0, label: label) }
            case "not":
                return condition(value, "the condition under not").map { .not($0, label: label) }
            default:
                guard let items = value.sequence else {
                    error(
                        value.range,
                        "expected the conditions under \(form) as a sequence, found \(value.kindDescription)",
                        hint: "write \(form): followed by a list, one condition per `- ` item")
                    return nil
                }
                guard !items.isEmpty else {
                    error(
                        value.range, "\(form) has no conditions",
                        hint: form == "all"
                            ? "an empty all would always pass; list its conditions" : "list its conditions")
                    return nil
                }
                var children: [Condition] = []
                var failed = false
                for (index, item) in items.enumerated() {
                    if let child = condition(item, "condition \(index + 1) of \(form)") {
                        children.append(child)
                    } else {
                        failed = true
                    }
                }
                guard !failed else { return nil }
                return form == "all" ? .all(children, label: label) : .any(children, label: label)
            }
        }
    }
}
