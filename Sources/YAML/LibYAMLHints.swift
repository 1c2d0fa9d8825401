/// Advice for libyaml's messages, which name the grammar rule that failed but not what a
/// person usually did wrong.
enum LibYAMLHints {
    static func hint(for problem: String) -> String? {
        for (fragment, hint) in table where problem.contains(fragment) {
            return hint
        }
        return nil
    }

    private static let table: [(String, String)] = [
        (
            "found character that cannot start any token",
            "a tab or a reserved character ('@', '`') cannot start a value; indent with spaces and quote such values"
        ),
        (
            "mapping values are not allowed",
            "': ' inside a plain value starts a mapping; quote the value or fix the indentation of this line"
        ),
        (
            "could not find expected ':'",
            "a key must be followed by ':'; look for a missing colon or an unclosed quote"
        ),
        (
            "did not find expected key",
            "the keys of one mapping must start in the same column; check the indentation"
        ),
        (
            "did not find expected '-' indicator",
            "the items of one sequence must start in the same column; check the indentation"
        ),
        (
            "did not find expected node content",
            "a value is missing or starts with a character that needs quoting"
        ),
        (
            "found unexpected end of stream",
            "a quoted value or a '[' / '{' collection is not closed"
        ),
        (
            "found unknown escape character",
            "in double quotes a backslash starts an escape; write '\\\\' or use single quotes"
        ),
        (
            "found undefined tag handle",
            "declare the handle with a %TAG directive, or write the tag as !!name"
        ),
        ("invalid leading UTF-8 octet", "the file is not valid UTF-8; save it as UTF-8"),
        ("invalid trailing UTF-8 octet", "the file is not valid UTF-8; save it as UTF-8"),
        ("incomplete UTF-8 octet sequence", "the file is not valid UTF-8 or is truncated; save it as UTF-8"),
        ("invalid Unicode character", "the file is not valid UTF-8; save it as UTF-8"),
        ("invalid length of a UTF-8 sequence", "the file is not valid UTF-8; save it as UTF-8"),
        (
            "control characters are not allowed",
            "the file holds a control character (such as NUL); remove it, or check that this is a text file"
        ),
        (
            "found a tab character",
            "YAML does not allow tabs for indentation; indent with spaces"
        ),
    ]
}
