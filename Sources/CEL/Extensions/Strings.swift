// PLACEHOLDER — replaced by the extension libraries work.
extension Library {
    public static let strings = Library(name: "strings", functions: [])
}
