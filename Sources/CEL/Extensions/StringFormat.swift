/// `<string>.format(<list>)`: printf-style substitution, as cel-go's formatter (v2).
///
/// Clauses: `%s` any value as text (lists `[a, b]`, maps `{k: v}` with keys
/// sorted, timestamps RFC 3339, durations in seconds), `%d` integers (and
/// doubles), `%f`/`%.Nf` fixed point, `%e`/`%.Ne` scientific, `%b` binary,
/// `%o` octal, `%x`/`%X` hexadecimal (of integers, or of the bytes of a string
/// or bytes value), `%%` a percent sign. Doubles print `NaN`, `Infinity` and
/// `-Infinity` under every numeric clause.
///
///     "%s is %d years".format(["Moc Chau", 3])  // "Moc Chau is 3 years"
///     "%.2f".format([2.71828])                   // "2.72"
///     "%x".format(["hi"])                        // "6869"
enum StringFormat {
    /// Largest precision accepted in `%.Nf` / `%.Ne`, so that a clause cannot
    /// ask for gigabytes of digits.
    static let maxPrecision = 1_000

    static func format(_ template: String, _ arguments: [Value]) -> Result<String, EvalError> {
        let scalars = Array(template.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var argumentIndex = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "%" else {
                output.append(scalar)
                index += 1
                continue
            }
            if index + 1 < scalars.count, scalars[index + 1] == "%" {
                output.append("%")
                index += 2
                continue
            }
            guard argumentIndex < arguments.count else {
                return .failure(EvalError("index \(argumentIndex) out of range"))
            }
            guard index + 1 < scalars.count else { return .failure(EvalError("unexpected end of string")) }
            let clause: Clause
            switch Clause.parse(scalars, from: index + 1) {
            case .success(let parsed): clause = parsed
            case .failure(let error):
                return .failure(EvalError("could not parse formatting clause: \(error.message)"))
            }
            switch clause.render(arguments[argumentIndex]) {
            case .success(let text): output.append(contentsOf: text.unicodeScalars)
            case .failure(let error): return .failure(EvalError("error during formatting: \(error.message)"))
            }
            index = clause.end
            argumentIndex += 1
        }
        return .success(String(output))
    }

    /// One `%…` clause: its verb, its precision and where it ends in the template.
    struct Clause {
        enum Verb {
            case string, decimal, fixed, scientific, binary, octal, hex, upperHex
        }

        var verb: Verb
        var precision: Int
        /// Index of the first scalar after the clause.
        var end: Int

        /// Parses a clause starting just after its `%`.
        static func parse(_ scalars: [Unicode.Scalar], from start: Int) -> Result<Clause, EvalError> {
            var index = start
            var precision = 6
            if scalars[index] == "." {
                index += 1
                var digits = ""
                while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                    digits.unicodeScalars.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else {
                    return .failure(
                        EvalError("error while parsing precision: could not find end of precision specifier"))
                }
                guard let value = Int(digits.isEmpty ? "0" : digits), value <= StringFormat.maxPrecision
                else {
                    return .failure(
                        EvalError(
                            "error while parsing precision: precision \(digits) exceeds \(StringFormat.maxPrecision)"
                        ))
                }
                precision = value
            }
            let verb: Verb
            switch scalars[index] {
            case "s": verb = .string
            case "d": verb = .decimal
            case "f": verb = .fixed
            case "e": verb = .scientific
            case "b": verb = .binary
            case "o": verb = .octal
            case "x": verb = .hex
            case "X": verb = .upperHex
            default:
                return .failure(EvalError("unrecognized formatting clause \"\(scalars[index])\""))
            }
            return .success(Clause(verb: verb, precision: precision, end: index + 1))
        }

        func render(_ value: Value) -> Result<String, EvalError> {
            switch verb {
            case .string: return FormattedValue.text(of: value)
            case .decimal: return decimal(value)
            case .fixed: return floating(value, "fixed-point", NumberText.fixed)
            case .scientific: return floating(value, "scientific", NumberText.scientific)
            case .binary: return integer(value, radix: 2)
            case .octal: return integer(value, radix: 8)
            case .hex, .upperHex: return hex(value, uppercase: verb == .upperHex)
            }
        }

        private func decimal(_ value: Value) -> Result<String, EvalError> {
            switch value {
            case .int(let number): return .success(String(number))
            case .uint(let number): return .success(String(number))
            case .double(let number): return .success(NumberText.shortest(number))
            default:
                return .failure(
                    EvalError(
                        "decimal clause can only be used on integers, was given \(value.typeName)"
                    ))
            }
        }

        private func floating(
            _ value: Value, _ clause: String, _ render: (Double, Int) -> String
        ) -> Result<String, EvalError> {
            let number: Double
            switch value {
            case .int(let integer): number = Double(integer)
            case .uint(let integer): number = Double(integer)
            case .double(let double): number = double
            default:
                return .failure(
                    EvalError(
                        "\(clause) clause can only be used on doubles, was given \(value.typeName)"
                    ))
            }
            if let special = NumberText.nonFinite(number) { return .success(special) }
            return .success(render(number, precision))
        }

        private func integer(_ value: Value, radix: Int) -> Result<String, EvalError> {
            switch (value, radix) {
            case (.int(let number), _): return .success(String(number, radix: radix))
            case (.uint(let number), _): return .success(String(number, radix: radix))
            case (.bool(let flag), 2): return .success(flag ? "1" : "0")
            case (_, 2):
                return .failure(
                    EvalError(
                        "only integers and bools can be formatted as binary, was given \(value.typeName)"
                    ))
            default:
                return .failure(
                    EvalError(
                        "octal clause can only be used on integers, was given \(value.typeName)"
                    ))
            }
        }

        private func hex(_ value: Value, uppercase: Bool) -> Result<String, EvalError> {
            switch value {
            case .int(let number): return .success(String(number, radix: 16, uppercase: uppercase))
            case .uint(let number): return .success(String(number, radix: 16, uppercase: uppercase))
            case .string(let text): return .success(Self.hexDigits(Array(text.utf8), uppercase: uppercase))
            case .bytes(let bytes): return .success(Self.hexDigits(bytes, uppercase: uppercase))
            default:
                return .failure(
                    EvalError(
                        "only integers, byte buffers, and strings can be formatted as hex, was given "
                            + value.typeName))
            }
        }

        private static func hexDigits(_ bytes: [UInt8], uppercase: Bool) -> String {
            let digits: [UInt8] = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count * 2)
            for byte in bytes {
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0x0F)])
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
