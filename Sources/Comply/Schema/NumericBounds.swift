/// Inclusive bounds of a number or integer schema (`minimum`, `maximum`).
public struct NumericBounds: Sendable, Hashable {
    public var minimum: Double?
    public var maximum: Double?

    public init(minimum: Double? = nil, maximum: Double? = nil) {
        self.minimum = minimum
        self.maximum = maximum
    }
}
