// PLACEHOLDER — replaced by the extension libraries work.
extension Library {
    public static let math = Library(name: "math", functions: [])
}
