import YAML

extension DecodingContext {
    /// `let:` — an ordered mapping of names to CEL (a string, or `{expr, label}`).
    mutating func namedExpressions(_ node: Node, _ what: String) -> [NamedExpression] {
        guard let entries = node.mapping else {
            error(
                node.range,
                "expected \(what) as a mapping of names to CEL expressions, found \(node.kindDescription)",
                hint: "write one `name: expression` per line")
            return []
        }
        var result: [NamedExpression] = []
        for entry in entries {
            guard let name = celName(entry.key, "a name in \(what)") else { continue }
            if let first = result.first(where: { $0.name == name }) {
                error(
                    entry.key.range, "\"\(name)\" is defined twice in \(what) (first at \(first.nameRange))")
                continue
            }
            let value = entry.value
            if value.mapping != nil {
                guard
                    let reader = MappingReader(
                        value, what: "the let \"\(name)\"", allowed: ["expr", "label"], context: &self),
                    let exprNode = reader.required("expr", context: &self)
                else { continue }
                let label = reader.value("label").flatMap { localizedText($0, "the label of \"\(name)\"") }
                if let expression = celExpression(exprNode, "the let \"\(name)\"") {
                    result.append(
                        NamedExpression(
                            name: name, nameRange: entry.key.range, expression: expression, label: label))
                }
            } else if let expression = celExpression(value, "the let \"\(name)\"") {
                result.append(NamedExpression(name: name, nameRange: entry.key.range, expression: expression))
            }
        }
        return result
    }

    /// `for_each:` — an ordered mapping of binding names to CEL list expressions.
    mutating func forEachBindings(_ node: Node) -> [ForEachBinding] {
        guard let entries = node.mapping else {
            error(
                node.range, "expected for_each as a mapping of names to lists, found \(node.kindDescription)",
                hint: "write e.g. for_each: {product: products, export: product.exports}")
            return []
        }
        var result: [ForEachBinding] = []
        for entry in entries {
            guard let name = celName(entry.key, "a for_each name") else { continue }
            if let expression = celExpression(entry.value, "the list bound to \"\(name)\"") {
                result.append(ForEachBinding(name: name, nameRange: entry.key.range, expression: expression))
            }
        }
        return result
    }

    /// A name CEL code will refer to: an identifier that is not reserved and does not hide
    /// a variable every check has.
    mutating func celName(_ node: Node, _ what: String) -> String? {
        guard let name = string(node, what) else { return nil }
        guard Identifiers.isCELName(name) else {
            error(node.range, "\"\(name)\" cannot be \(what)", hint: Identifiers.celNameHint(name))
            return nil
        }
        guard !Identifiers.environmentNames.contains(name) else {
            error(
                node.range, "\"\(name)\" cannot be \(what): every check already has a variable of that name",
                hint:
                    "the reserved names are \(Identifiers.environmentNames.sorted().joined(separator: ", "))")
            return nil
        }
        return name
    }
}
