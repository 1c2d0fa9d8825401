extension Library {
    /// CEL's encoders extension library, as cel-go's `ext.Encoders()`.
    ///
    ///     base64.encode(b'hello')    // 'aGVsbG8='
    ///     base64.decode('aGVsbG8=')  // b'hello'
    ///     base64.decode('aGVsbG8')   // b'hello' (padding may be left out)
    public static let encoders = Library(name: "encoders", functions: EncoderFunctions.all)
}

/// The declarations and bodies of ``Library/encoders``.
enum EncoderFunctions {
    static let all: [Function] = [encode, decode]

    static let encode = ExtensionFunction.make(
        "base64.encode",
        [
            Overload(
                "base64_encode_bytes", [.bytes], .string,
                implementation: .unary { value in
                    guard case .bytes(let bytes) = value else {
                        return ExtensionError.noSuchOverload("base64.encode", [value])
                    }
                    return .string(Base64.encode(bytes))
                })
        ])

    static let decode = ExtensionFunction.make(
        "base64.decode",
        [
            Overload(
                "base64_decode_string", [.string], .bytes,
                implementation: .unary { value in
                    guard case .string(let text) = value else {
                        return ExtensionError.noSuchOverload("base64.decode", [value])
                    }
                    do throws(Base64.DecodingError) {
                        return .bytes(try Base64.decode(text))
                    } catch {
                        return ExtensionError.message("illegal base64 data at input byte \(error.offset)")
                    }
                })
        ])
}
