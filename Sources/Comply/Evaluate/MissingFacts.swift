import CEL

/// Turns the attribute paths of unknowns into profile paths a person can fill in.
///
/// CEL names an unknown by the variable it was read through: `product.growing_area_codes`,
/// `export.proof_of_origin.form`, `profile.enterprise.tax_code`. For the subject
/// `products[0].exports[1]` these become `products[0].growing_area_codes`,
/// `products[0].exports[1].proof_of_origin.form` and `enterprise.tax_code`. A path a
/// plugin reports relative to an element (`bill_of_materials[2].value`) is placed under
/// the innermost bound element that holds its first field.
struct MissingFacts {
    /// Binding name → profile path of its element.
    let bindingPaths: [String: String]
    /// Bound elements, innermost first, with their profile paths.
    let elements: [(path: String, value: Value)]
    let profileVariables: Set<String>

    func rewrite(_ attribute: String) -> String {
        let root = Self.root(of: attribute)
        let rest = attribute.dropFirst(root.count)
        if let path = bindingPaths[root] { return path + rest }
        if root == "profile" {
            return rest.hasPrefix(".") ? String(rest.dropFirst()) : attribute
        }
        if profileVariables.contains(root) { return attribute }
        for element in elements {
            if case .map(let map) = element.value, map[.string(root)] != nil {
                return element.path + "." + attribute
            }
        }
        return attribute
    }

    func rewrite(_ set: UnknownSet) -> [String] {
        Array(Set(set.attributes.map(rewrite))).sorted()
    }

    /// The leading name of `a.b[0]`: `a`.
    static func root(of attribute: String) -> String {
        String(attribute.prefix { $0 != "." && $0 != "[" })
    }
}
