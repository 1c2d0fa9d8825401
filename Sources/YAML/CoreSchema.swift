/// Resolution of scalars by the YAML 1.2 core schema (spec section 10.3.2).
///
/// YAML 1.1 (libyaml's own dialect) also read `yes`, `no`, `on`, `off`, `y`, `n`, sexagesimal
/// and `0b` numbers; the core schema does not, so Norway's `NO` stays a string.
enum CoreSchema {
    /// The value of a scalar, or nil when an explicit core tag does not fit the text
    /// (`!!int abc`).
    static func resolve(_ scalar: Scalar, tag: String?) -> ScalarValue? {
        guard let tag else {
            guard scalar.style == .plain else { return .string(scalar.text) }
            return resolvePlain(scalar.text)
        }
        switch tag {
        case Tag.str: return .string(scalar.text)
        case Tag.null: return isNull(scalar.text) ? .null : nil
        case Tag.bool: return bool(scalar.text).map(ScalarValue.bool)
        case Tag.int: return integer(scalar.text)
        case Tag.float:
            switch number(scalar.text) {
            case .int(let value): return .double(Double(value))
            case let other: return other
            }
        default:
            // Unknown and application tags (`!money`, `!!timestamp`) leave the text alone;
            // a schema-aware decoder gives them meaning.
            return .string(scalar.text)
        }
    }

    /// Resolution of an untagged plain scalar.
    static func resolvePlain(_ text: String) -> ScalarValue {
        guard let first = text.utf8.first else { return .null }
        // Most plain scalars are words: one byte tells them apart from every core form.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
            UInt8(ascii: "."):
            return number(text) ?? .string(text)
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(text) ? .null : .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let value = bool(text) { return .bool(value) }
            return .string(text)
        default:
            return .string(text)
        }
    }

    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Core-schema integers: decimal with an optional sign, `0o` octal, `0x` hexadecimal.
    /// A decimal too large for Int64 is still a number, so it becomes a double.
    static func integer(_ text: String) -> ScalarValue? {
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "x") { return radixInteger(bytes[2...], radix: 16) }
            if bytes[1] == UInt8(ascii: "o") { return radixInteger(bytes[2...], radix: 8) }
        }
        var digits = bytes[...]
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
        var value: Int64 = 0
        for digit in digits {
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let delta = Int64(digit &- UInt8(ascii: "0"))
            let (next, overflowB) =
                negative
                ? shifted.subtractingReportingOverflow(delta) : shifted.addingReportingOverflow(delta)
            if overflowA || overflowB { return Double(text).map(ScalarValue.double) }
            value = next
        }
        return .int(value)
    }

    /// An integer or a float, as a plain scalar that starts like a number is read.
    static func number(_ text: String) -> ScalarValue? {
        if let value = integer(text) { return value }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        guard isCoreFloat(Array(text.utf8)[...]) else { return nil }
        return Double(text).map(ScalarValue.double)
    }

    private static func radixInteger(_ digits: ArraySlice<UInt8>, radix: Int64) -> ScalarValue? {
        var value: Int64 = 0
        for byte in digits {
            guard let digit = hexDigitValue(byte), digit < radix else { return nil }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
            let (next, overflowB) = shifted.addingReportingOverflow(digit)
            if overflowA || overflowB { return nil }
            value = next
        }
        return .int(value)
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isCoreFloat(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            rest = rest.dropFirst()
        }
        let integerDigits = rest.prefix(while: isDigit).count
        rest = rest.dropFirst(integerDigits)
        var fractionDigits = 0
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            fractionDigits = rest.prefix(while: isDigit).count
            rest = rest.dropFirst(fractionDigits)
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if let exponent = rest.first, exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                rest = rest.dropFirst()
            }
            let exponentDigits = rest.prefix(while: isDigit).count
            guard exponentDigits > 0 else { return false }
            rest = rest.dropFirst(exponentDigits)
        }
        return rest.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func hexDigitValue(_ byte: UInt8) -> Int64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
