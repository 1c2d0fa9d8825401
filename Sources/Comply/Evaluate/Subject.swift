/// What one result of a check is about: the whole profile, or the elements its
/// `for_each` bindings picked.
public struct Subject: Sendable, Hashable {
    /// The profile path of the innermost element, `products[0].exports[1]`; empty for a
    /// check without bindings (the whole profile).
    public var path: String
    /// A label a person recognises, built from the elements' name, HS code and market:
    /// `Mango (080450) → CN`. Empty for the whole profile.
    public var label: String
    /// Each binding name with the profile path of its element, outermost first.
    public var bindings: [Binding]

    public struct Binding: Sendable, Hashable {
        public var name: String
        public var path: String

        public init(name: String, path: String) {
            self.name = name
            self.path = path
        }
    }

    public init(path: String = "", label: String = "", bindings: [Binding] = []) {
        self.path = path
        self.label = label
        self.bindings = bindings
    }

    /// The whole profile, the subject of a check without `for_each`.
    public static let profile = Subject()
}
