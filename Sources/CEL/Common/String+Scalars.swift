extension String {
    /// A string from Unicode scalars, encoded straight to UTF-8.
    ///
    /// Appending scalars to a `String.UnicodeScalarView` takes the generic path for each
    /// one; the lexer and the message templates build thousands of short strings when a
    /// rule library compiles, and this is several times cheaper.
    public init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.isASCII {
                utf8.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { utf8.append($0) }
            }
        }
        self.init(decoding: utf8, as: UTF8.self)
    }
}
