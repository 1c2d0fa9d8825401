/// "Did you mean" suggestions for misspelled names, by edit distance.
enum NameSuggestion {
    /// The candidate closest to `name`, if one is close enough to be a likely typo:
    /// at most one edit for short names, about one per three characters for longer
    /// ones; a difference of case alone always counts.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let allowed = max(1, target.count / 3)
        var best: (distance: Int, name: String)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: allowed)
            guard let distance, distance <= allowed else { continue }
            if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
            best = (distance, candidate)
        }
        return best?.name
    }

    /// The Levenshtein distance (an adjacent swap counting as one edit), or `nil`
    /// when it exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousRow = [Int](0...b.count)
        var beforePrevious = previousRow
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            var rowMinimum = row[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                row[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (beforePrevious, previousRow, row) = (previousRow, row, beforePrevious)
        }
        return previousRow[b.count]
    }
}

extension CheckPass {
    /// A hint naming the declared variable, comprehension variable or type name closest to `name`.
    func suggestion(forIdentifier name: String) -> String? {
        var candidates = Set(environment.variables.keys)
        for scope in scopes {
            candidates.formUnion(scope.keys.filter { !$0.hasPrefix("@") && !$0.hasPrefix("__") })
        }
        candidates.formUnion(TypeNames.denotations.keys)
        if let match = NameSuggestion.closest(to: name, among: candidates) {
            return "did you mean '\(match)'?"
        }
        // Only qualified names start with `name.`: the author wrote a field that is not declared.
        let qualified = environment.variables.keys.filter { $0.hasPrefix(name + ".") }.sorted()
        if !qualified.isEmpty {
            let shown = qualified.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            return
                "'\(name)' is only the start of declared names: \(shown)\(qualified.count > 5 ? ", …" : "")"
        }
        // `product.name` written for a variable `product` declared elsewhere is common;
        // so is using a function name as a value.
        if environment.functions[name] != nil {
            return "'\(name)' is a function: call it, as in \(name)(...)"
        }
        return nil
    }

    /// A hint naming the declared function closest to `name`.
    func suggestion(forFunction name: String) -> String? {
        let candidates = environment.functions.keys.filter { $0.first.map { $0.isLetter } ?? false }
        guard let match = NameSuggestion.closest(to: name, among: candidates) else { return nil }
        return "did you mean '\(match)'?"
    }
}
