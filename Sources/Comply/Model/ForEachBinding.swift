import YAML

/// One named iteration of a check: `for_each: {product: products, export: product.exports}`
/// binds `product` to each element of `products`, then `export` to each of that product's
/// exports. Bindings are ordered; a later one may use the earlier names.
public struct ForEachBinding: Sendable, Hashable {
    /// The CEL variable name the element is bound to.
    public var name: String
    public var nameRange: SourceRange
    /// A CEL expression yielding a list.
    public var expression: CELExpression

    public init(name: String, nameRange: SourceRange = .generated, expression: CELExpression) {
        self.name = name
        self.nameRange = nameRange
        self.expression = expression
    }
}
