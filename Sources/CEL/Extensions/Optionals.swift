// PLACEHOLDER — replaced by the extension libraries work.
extension Library {
    public static let optionals = Library(name: "optionals", functions: [])
}
