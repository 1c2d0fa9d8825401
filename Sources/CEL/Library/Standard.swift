// PLACEHOLDER — replaced by the standard library work.
extension Library {
    /// CEL's standard definitions (cel-spec langdef "Standard Definitions").
    public static let standard = Library(name: "standard", functions: [])
}
