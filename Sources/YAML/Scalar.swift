/// A scalar exactly as written, after YAML's own unescaping and folding: a schema-aware
/// decoder reads `text` (so `080450` stays an HS code), a schema-less one reads
/// `Node.resolvedScalar`.
public struct Scalar: Hashable, Sendable {
    public var text: String
    public var style: ScalarStyle

    public init(text: String, style: ScalarStyle) {
        self.text = text
        self.style = style
    }
}
