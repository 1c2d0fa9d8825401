// PLACEHOLDER — replaced by the extension libraries work.
extension Library {
    public static let encoders = Library(name: "encoders", functions: [])
}
