/// The shapes of names a pack defines, and the checks that keep them usable: ids appear
/// in file names, URLs and CLI flags; names appear in CEL.
enum Identifiers {
    /// Pack ids: `vn.sps.cn-fresh-fruit`.
    static func isPackID(_ text: String) -> Bool {
        isLowerID(text, extra: [UInt8(ascii: "."), UInt8(ascii: "-")])
    }

    /// Check ids, source ids, plugin ids, tags: `cn-fruit-growing-area-code`, `gacc-248`.
    static func isItemID(_ text: String) -> Bool {
        isLowerID(text, extra: [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_")])
    }

    /// Names bound in CEL: lets, `for_each` bindings, tables, columns.
    static func isCELName(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return text.utf8.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "_") }
            && !reservedWords.contains(text)
    }

    /// Words CEL reserves, which cannot name a variable.
    static let reservedWords: Set<String> = [
        "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
        "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
    ]

    /// Variables every check's CEL environment already has.
    static let environmentNames: Set<String> = ["profile", "as_of", "tables"]

    /// A hint for a name that is not a CEL name.
    static func celNameHint(_ text: String) -> String {
        if reservedWords.contains(text) { return "\"\(text)\" is a CEL reserved word; choose another name" }
        let suggestion = String(
            text.map { character -> Character in
                character.isLetter || character.isNumber ? character : "_"
            })
        return "use letters, digits and _ (not starting with a digit), e.g. \"\(suggestion)\""
    }

    private static func isLowerID(_ text: String, extra: Set<UInt8>) -> Bool {
        guard let first = text.utf8.first, isLower(first) || isDigit(first) else { return false }
        return text.utf8.allSatisfy { isLower($0) || isDigit($0) || extra.contains($0) }
            && !extra.contains(text.utf8.last ?? 0)
    }

    private static func isLower(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }
    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
    private static func isLetter(_ byte: UInt8) -> Bool {
        isLower(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
