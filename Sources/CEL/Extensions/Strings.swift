extension Library {
    /// CEL's string extension library, as cel-go's `ext.Strings()` (latest version).
    ///
    /// Every index counts Unicode code points, never bytes or grapheme clusters,
    /// and text is compared scalar by scalar (`'e\u0301'` does not contain `'é'`):
    ///
    ///     'ta©o©αT'.indexOf('©', 3)            // 4
    ///     'tacocat'.substring(4)               // 'cat'
    ///     'a,b,c'.split(',', 2)                // ['a', 'b,c']
    ///     ['x', 'y'].join('-')                 // 'x-y'
    ///     '%s has %d items'.format(['cart', 3]) // 'cart has 3 items'
    ///     strings.quote('a\nb')                // '"a\\nb"'
    ///
    /// Functions: `charAt`, `indexOf`, `lastIndexOf`, `lowerAscii`, `upperAscii`,
    /// `replace`, `split`, `substring`, `trim`, `join`, `reverse`, `format` and
    /// `strings.quote`. Out-of-range indices are errors (`index out of range: 30`).
    public static let strings = Library(name: "strings", functions: StringFunctions.all)
}

/// The declarations and bodies of ``Library/strings``.
enum StringFunctions {
    static let all: [Function] = [
        charAt, indexOf, lastIndexOf, lowerAscii, upperAscii, replace, split, substring, trim, join,
        reverse, format, quote,
    ]

    static let charAt = ExtensionFunction.make(
        "charAt",
        [
            Overload(
                "string_char_at_int", [.string, .int], .string, member: true,
                implementation: .binary { target, index in
                    guard case .string(let text) = target, case .int(let index) = index else {
                        return ExtensionError.noSuchOverload("charAt", [target, index])
                    }
                    return StringFunctions.charAt(text, index)
                })
        ])

    static let indexOf = ExtensionFunction.make(
        "indexOf",
        [
            Overload(
                "string_index_of_string", [.string, .string], .int, member: true,
                implementation: .binary { target, search in
                    guard case .string(let text) = target, case .string(let search) = search else {
                        return ExtensionError.noSuchOverload("indexOf", [target, search])
                    }
                    return StringFunctions.indexOf(text, search, from: nil)
                }),
            Overload(
                "string_index_of_string_int", [.string, .string, .int], .int, member: true,
                implementation: .ternary { target, search, offset in
                    guard case .string(let text) = target, case .string(let search) = search,
                        case .int(let offset) = offset
                    else { return ExtensionError.noSuchOverload("indexOf", [target, search, offset]) }
                    return StringFunctions.indexOf(text, search, from: offset)
                }),
        ])

    static let lastIndexOf = ExtensionFunction.make(
        "lastIndexOf",
        [
            Overload(
                "string_last_index_of_string", [.string, .string], .int, member: true,
                implementation: .binary { target, search in
                    guard case .string(let text) = target, case .string(let search) = search else {
                        return ExtensionError.noSuchOverload("lastIndexOf", [target, search])
                    }
                    return StringFunctions.lastIndexOf(text, search, from: nil)
                }),
            Overload(
                "string_last_index_of_string_int", [.string, .string, .int], .int, member: true,
                implementation: .ternary { target, search, offset in
                    guard case .string(let text) = target, case .string(let search) = search,
                        case .int(let offset) = offset
                    else { return ExtensionError.noSuchOverload("lastIndexOf", [target, search, offset]) }
                    return StringFunctions.lastIndexOf(text, search, from: offset)
                }),
        ])

    static let lowerAscii = stringToString("lowerAscii", id: "string_lower_ascii") { text in
        mapASCII(text) { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    static let upperAscii = stringToString("upperAscii", id: "string_upper_ascii") { text in
        mapASCII(text) { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
    }

    static let trim = stringToString("trim", id: "string_trim") { text in
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return string(scalars[first...last])
    }

    static let reverse = stringToString("reverse", id: "string_reverse") { text in
        string(text.unicodeScalars.reversed())
    }

    static let replace = ExtensionFunction.make(
        "replace",
        [
            Overload(
                "string_replace_string_string", [.string, .string, .string], .string, member: true,
                implementation: .ternary { target, old, new in
                    guard case .string(let text) = target, case .string(let old) = old,
                        case .string(let new) = new
                    else { return ExtensionError.noSuchOverload("replace", [target, old, new]) }
                    return .string(StringFunctions.replace(text, old, with: new, limit: -1))
                }),
            Overload(
                "string_replace_string_string_int", [.string, .string, .string, .int], .string, member: true,
                implementation: .variadic { arguments in
                    guard arguments.count == 4, case .string(let text) = arguments[0],
                        case .string(let old) = arguments[1], case .string(let new) = arguments[2],
                        case .int(let limit) = arguments[3]
                    else { return ExtensionError.noSuchOverload("replace", arguments) }
                    return .string(StringFunctions.replace(text, old, with: new, limit: limit))
                }),
        ])

    static let split = ExtensionFunction.make(
        "split",
        [
            Overload(
                "string_split_string", [.string, .string], .list(.string), member: true,
                implementation: .binary { target, separator in
                    guard case .string(let text) = target, case .string(let separator) = separator else {
                        return ExtensionError.noSuchOverload("split", [target, separator])
                    }
                    return .list(StringFunctions.split(text, by: separator, limit: -1).map(Value.string))
                }),
            Overload(
                "string_split_string_int", [.string, .string, .int], .list(.string), member: true,
                implementation: .ternary { target, separator, limit in
                    guard case .string(let text) = target, case .string(let separator) = separator,
                        case .int(let limit) = limit
                    else { return ExtensionError.noSuchOverload("split", [target, separator, limit]) }
                    return .list(StringFunctions.split(text, by: separator, limit: limit).map(Value.string))
                }),
        ])

    static let substring = ExtensionFunction.make(
        "substring",
        [
            Overload(
                "string_substring_int", [.string, .int], .string, member: true,
                implementation: .binary { target, start in
                    guard case .string(let text) = target, case .int(let start) = start else {
                        return ExtensionError.noSuchOverload("substring", [target, start])
                    }
                    return StringFunctions.substring(text, from: start, to: nil)
                }),
            Overload(
                "string_substring_int_int", [.string, .int, .int], .string, member: true,
                implementation: .ternary { target, start, end in
                    guard case .string(let text) = target, case .int(let start) = start,
                        case .int(let end) = end
                    else { return ExtensionError.noSuchOverload("substring", [target, start, end]) }
                    return StringFunctions.substring(text, from: start, to: end)
                }),
        ])

    static let join = ExtensionFunction.make(
        "join",
        [
            Overload(
                "list_join", [.list(.string)], .string, member: true,
                implementation: .unary { list in StringFunctions.join(list, separator: .string("")) }),
            Overload(
                "list_join_string", [.list(.string), .string], .string, member: true,
                implementation: .binary { list, separator in StringFunctions.join(list, separator: separator)
                }),
        ])

    static let format = ExtensionFunction.make(
        "format",
        [
            Overload(
                "string_format", [.string, .list(.dyn)], .string, member: true,
                implementation: .binary { template, arguments in
                    guard case .string(let template) = template, case .list(let arguments) = arguments else {
                        return ExtensionError.noSuchOverload("format", [template, arguments])
                    }
                    switch StringFormat.format(template, arguments) {
                    case .success(let text): return .string(text)
                    case .failure(let error): return .error(error)
                    }
                })
        ])

    static let quote = ExtensionFunction.make(
        "strings.quote",
        [
            Overload(
                "strings_quote", [.string], .string,
                implementation: .unary { text in
                    guard case .string(let text) = text else {
                        return ExtensionError.noSuchOverload("strings.quote", [text])
                    }
                    return .string(StringQuote.quote(text))
                })
        ])

    // MARK: - Bodies

    /// The code point at `index`; `index == count` gives `''` as in cel-go.
    static func charAt(_ text: String, _ index: Int64) -> Value {
        let scalars = Array(text.unicodeScalars)
        guard index >= 0, index <= scalars.count else { return outOfRange(index) }
        return .string(index == scalars.count ? "" : String(scalars[Int(index)]))
    }

    /// The first code-point index of `search` at or after `offset`, or -1.
    /// An empty search string is found at the offset itself. An explicit offset
    /// must lie inside the string, as in cel-go; without one, searching an empty
    /// string gives -1 rather than cel-go's range error.
    static func indexOf(_ text: String, _ search: String, from offset: Int64?) -> Value {
        if search.unicodeScalars.isEmpty { return .int(offset ?? 0) }
        let scalars = Array(text.unicodeScalars)
        let needle = Array(search.unicodeScalars)
        if let offset, offset < 0 || offset >= scalars.count { return outOfRange(offset) }
        let first = Int(offset ?? 0)
        guard needle.count <= scalars.count - first else { return .int(-1) }
        for start in first...(scalars.count - needle.count) where matches(scalars, needle, at: start) {
            return .int(Int64(start))
        }
        return .int(-1)
    }

    /// The last code-point index at or before `offset` where `search` starts, or -1.
    /// Without an offset the search starts from the end.
    static func lastIndexOf(_ text: String, _ search: String, from offset: Int64?) -> Value {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(search.unicodeScalars)
        if needle.isEmpty { return .int(offset ?? Int64(scalars.count)) }
        if let offset, offset < 0 || offset >= scalars.count { return outOfRange(offset) }
        guard needle.count <= scalars.count else { return .int(-1) }
        let latest = min(Int(offset ?? Int64(scalars.count)), scalars.count - needle.count)
        for start in stride(from: latest, through: 0, by: -1) where matches(scalars, needle, at: start) {
            return .int(Int64(start))
        }
        return .int(-1)
    }

    /// Go's `strings.Replace` on code points: at most `limit` replacements
    /// (all when negative); an empty `old` matches before every code point and at the end.
    static func replace(_ text: String, _ old: String, with new: String, limit: Int64) -> String {
        if limit == 0 { return text }
        let scalars = Array(text.unicodeScalars)
        let needle = Array(old.unicodeScalars)
        let replacement = Array(new.unicodeScalars)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var replaced: Int64 = 0
        func mayReplace() -> Bool { limit < 0 || replaced < limit }
        if needle.isEmpty {
            for scalar in scalars {
                if mayReplace() {
                    result += replacement
                    replaced += 1
                }
                result.append(scalar)
            }
            if mayReplace() { result += replacement }
            return string(result)
        }
        var index = 0
        while index < scalars.count {
            if mayReplace(), matches(scalars, needle, at: index) {
                result += replacement
                replaced += 1
                index += needle.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return string(result)
    }

    /// Go's `strings.SplitN` on code points: `limit` 0 gives `[]`, a negative limit
    /// splits everywhere, otherwise at most `limit` parts, the last holding the rest.
    /// An empty separator splits into code points.
    static func split(_ text: String, by separator: String, limit: Int64) -> [String] {
        if limit == 0 { return [] }
        let scalars = Array(text.unicodeScalars)
        let needle = Array(separator.unicodeScalars)
        if needle.isEmpty {
            let count = limit < 0 || limit > scalars.count ? scalars.count : Int(limit)
            guard count > 0 else { return [] }
            var parts = scalars.prefix(count - 1).map { String($0) }
            parts.append(string(scalars[(count - 1)...]))
            return parts
        }
        var parts: [String] = []
        var start = 0
        var index = 0
        while index + needle.count <= scalars.count {
            if limit > 0, parts.count == limit - 1 { break }
            if matches(scalars, needle, at: index) {
                parts.append(string(scalars[start..<index]))
                index += needle.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(string(scalars[start...]))
        return parts
    }

    /// Code points `start ..< end` (to the end when `end` is nil).
    static func substring(_ text: String, from start: Int64, to end: Int64?) -> Value {
        let scalars = Array(text.unicodeScalars)
        if let end, start > end {
            return ExtensionError.message("invalid substring range. start: \(start), end: \(end)")
        }
        guard start >= 0, start <= scalars.count else { return outOfRange(start) }
        let end = end ?? Int64(scalars.count)
        guard end >= 0, end <= scalars.count else { return outOfRange(end) }
        return .string(string(scalars[Int(start)..<Int(end)]))
    }

    static func join(_ list: Value, separator: Value) -> Value {
        guard case .list(let elements) = list, case .string(let separator) = separator else {
            return ExtensionError.noSuchOverload("join", [list, separator])
        }
        var parts: [String] = []
        parts.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let part) = element else {
                return ExtensionError.message(
                    "join: list element of type \(element.typeName) is not a string")
            }
            parts.append(part)
        }
        return .string(parts.joined(separator: separator))
    }

    // MARK: - Helpers

    private static func stringToString(
        _ name: String, id: String, _ body: @escaping @Sendable (String) -> String
    ) -> Function {
        ExtensionFunction.make(
            name,
            [
                Overload(
                    id, [.string], .string, member: true,
                    implementation: .unary { target in
                        guard case .string(let text) = target else {
                            return ExtensionError.noSuchOverload(name, [target])
                        }
                        return .string(body(text))
                    })
            ])
    }

    private static func outOfRange(_ index: Int64) -> Value {
        ExtensionError.message("index out of range: \(index)")
    }

    private static func matches(
        _ scalars: [Unicode.Scalar], _ needle: [Unicode.Scalar], at start: Int
    ) -> Bool {
        guard start + needle.count <= scalars.count else { return false }
        for offset in 0..<needle.count where scalars[start + offset] != needle[offset] {
            return false
        }
        return true
    }

    private static func mapASCII(_ text: String, _ transform: (UInt8) -> UInt8) -> String {
        String(decoding: text.utf8.map { $0 < 0x80 ? transform($0) : $0 }, as: UTF8.self)
    }

    static func string<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Go's `unicode.IsSpace`: Latin-1 spaces plus the White_Space property,
    /// which leaves out the zero-width characters (U+180E, U+200B, U+FEFF …).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
