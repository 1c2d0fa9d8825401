extension Library {
    /// The standard library and every extension library Comply ships.
    public static var all: [Library] { [.standard, .strings, .math, .encoders, .optionals] }
}
