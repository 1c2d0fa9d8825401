/// A compact, single-line rendering of a tree, close to CEL source but explicit
/// about structure, for tests, traces and explanations:
///
///     a + b * c        →  _+_(a, _*_(b, c))
///     s.startsWith('x') →  s.startsWith("x")
///     has(a.b)         →  a.b~test-only~
///     [1].all(x, x > 0) →  __comprehension__(x, [1], @result, true, @not_strictly_false(@result),
///                            _&&_(@result, _>_(x, 0)), @result)
///
/// Calls always use their internal names, so precedence and macro shapes can be
/// read off directly.
extension Expr: CustomDebugStringConvertible {
    public var debugDescription: String {
        var text = ""
        Self.write(self, into: &text)
        return text
    }

    private static func write(_ expr: Expr, into text: inout String) {
        switch expr.kind {
        case .constant(let constant):
            text += constant.literalText
        case .ident(let name):
            text += name
        case .select(let operand, let field, let testOnly):
            write(operand, into: &text)
            text += "." + fieldText(field)
            if testOnly { text += "~test-only~" }
        case .call(let function, let target, let args):
            if let target {
                write(target, into: &text)
                text += "."
            }
            text += function + "("
            writeList(args, into: &text)
            text += ")"
        case .list(let elements, let optionalIndices):
            text += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { text += ", " }
                if optionalIndices.contains(position) { text += "?" }
                write(element, into: &text)
            }
            text += "]"
        case .map(let entries):
            text += "{"
            for (position, entry) in entries.enumerated() {
                if position > 0 { text += ", " }
                if entry.isOptional { text += "?" }
                write(entry.key, into: &text)
                text += ": "
                write(entry.value, into: &text)
            }
            text += "}"
        case .structure(let typeName, let fields):
            text += typeName + "{"
            for (position, field) in fields.enumerated() {
                if position > 0 { text += ", " }
                if field.isOptional { text += "?" }
                text += fieldText(field.field) + ": "
                write(field.value, into: &text)
            }
            text += "}"
        case .comprehension(let loop):
            text += "__comprehension__(" + loop.iterVar + ", "
            if let second = loop.iterVar2 { text += second + ", " }
            writeList(
                [loop.iterRange], into: &text)
            text += ", " + loop.accuVar + ", "
            writeList([loop.accuInit, loop.loopCondition, loop.loopStep, loop.result], into: &text)
            text += ")"
        }
    }

    private static func writeList(_ exprs: [Expr], into text: inout String) {
        for (position, expr) in exprs.enumerated() {
            if position > 0 { text += ", " }
            write(expr, into: &text)
        }
    }

    private static func fieldText(_ field: String) -> String {
        let isPlain =
            field.unicodeScalars.first.map(\.isIdentifierStart) ?? false
            && field.unicodeScalars.allSatisfy(\.isIdentifierContinuation)
        return isPlain ? field : "`\(field)`"
    }
}

extension Constant {
    /// The constant written as a CEL literal that parses back to it.
    public var literalText: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .uint(let value): return "\(value)u"
        case .double(let value):
            if value.isNaN { return "double(\"NaN\")" }
            if value.isInfinite { return value < 0 ? "double(\"-Infinity\")" : "double(\"Infinity\")" }
            let text = "\(value)"
            return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
        case .string(let value):
            var text = "\""
            for scalar in value.unicodeScalars {
                text += Self.escaped(scalar)
            }
            return text + "\""
        case .bytes(let bytes):
            var text = "b\""
            for byte in bytes {
                if byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C {
                    text.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    text += "\\x" + Self.hex(UInt32(byte), digits: 2)
                }
            }
            return text + "\""
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                return "\\x" + hex(scalar.value, digits: 2)
            }
            return String(scalar)
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
