import CEL

/// Harmonized System code functions (`hs.*`), version 1.0.0.
///
/// | function | result |
/// |---|---|
/// | `hs.chapter(code)` | `int`: the chapter, `hs.chapter("080450") == 8` |
/// | `hs.heading(code)` | `string`: the 4-digit heading, `"0804"` |
/// | `hs.subheading(code)` | `string`: the 6-digit subheading, `"080450"` |
/// | `hs.matches(code, prefixes)` | `bool`: the code starts with one of the prefixes (`hs.matches("080450", ["0804", "0810"])`) |
/// | `hs.in(code, prefixes)` | the same, registered under the name first planned; `in` is a CEL reserved word, so a pack cannot call it and writes `hs.matches` |
/// | `hs.tariff_shift(product, materials, level)` | `bool`: every material code differs from the product's at `level`: `"CC"` (chapter), `"CTH"` (heading) or `"CTSH"` (subheading); true for no materials |
/// | `hs.valid(code)` | `bool`: 4 to 10 digits in pairs, dots and spaces ignored |
///
/// Codes may be written with dots or spaces (`0804.50`). A code too short for what is
/// asked of it (`hs.heading("08")`) is an error, not a guess.
public struct HSPlugin: FunctionPlugin {
    public let id = "hs"
    public let version = SemanticVersion(major: 1, minor: 0, patch: 0)
    public let summary = "Harmonized System codes: chapter, heading, subheading, prefix match, tariff shift"

    public init() {}

    public var library: Library {
        Library(
            name: "hs",
            functions: [
                PluginFunction.make("hs.chapter", [.type(.string)], .int) { arguments in
                    Self.digits(arguments, "hs.chapter", 2).map { .int(Int64($0) ?? 0) }.value
                },
                PluginFunction.make("hs.heading", [.type(.string)], .string) { arguments in
                    Self.digits(arguments, "hs.heading", 4).map { .string($0) }.value
                },
                PluginFunction.make("hs.subheading", [.type(.string)], .string) { arguments in
                    Self.digits(arguments, "hs.subheading", 6).map { .string($0) }.value
                },
                PluginFunction.make("hs.valid", [.type(.string)], .bool) { arguments in
                    guard arguments.count == 1, case .string(let text) = arguments[0] else {
                        return .error(EvalError("hs.valid expects one string"))
                    }
                    guard let code = HSCode(text) else { return .bool(false) }
                    let count = code.digits.count
                    return .bool(count >= 4 && count <= 10 && count % 2 == 0)
                },
                PluginFunction.make(
                    "hs.matches", [.type(.string), .type(.list(.string))], .bool, Self.matchesPrefix),
                PluginFunction.make(
                    "hs.in", [.type(.string), .type(.list(.string))], .bool, Self.matchesPrefix),
                PluginFunction.make(
                    "hs.tariff_shift", [.type(.string), .type(.list(.string)), .type(.string)], .bool,
                    Self.tariffShift),
            ])
    }

    private static func code(_ value: Value, _ function: String, _ what: String) -> Result<HSCode, EvalError>
    {
        guard case .string(let text) = value else {
            return .failure(EvalError("\(function): the \(what) must be a string, got \(value.typeName)"))
        }
        guard let code = HSCode(text) else {
            return .failure(
                EvalError("\(function): \"\(text)\" is not an HS code (digits, optionally with dots)"))
        }
        return .success(code)
    }

    private static func digits(
        _ arguments: [Value], _ function: String, _ count: Int
    ) -> Result<String, EvalError> {
        guard arguments.count == 1 else { return .failure(EvalError("\(function) expects one HS code")) }
        return code(arguments[0], function, "HS code").flatMap { code in
            guard let prefix = code.prefix(count) else {
                return .failure(EvalError("\(function): \"\(code.digits)\" has fewer than \(count) digits"))
            }
            return .success(prefix)
        }
    }

    @Sendable private static func matchesPrefix(_ arguments: [Value]) -> Value {
        guard arguments.count == 2, case .list(let prefixes) = arguments[1] else {
            return .error(EvalError("hs.matches expects an HS code and a list of prefixes"))
        }
        let product: HSCode
        switch code(arguments[0], "hs.matches", "HS code") {
        case .success(let parsed): product = parsed
        case .failure(let error): return .error(error)
        }
        for prefix in prefixes {
            switch code(prefix, "hs.matches", "prefix") {
            case .success(let parsed): if product.hasPrefix(parsed) { return .bool(true) }
            case .failure(let error): return .error(error)
            }
        }
        return .bool(false)
    }

    @Sendable private static func tariffShift(_ arguments: [Value]) -> Value {
        let function = "hs.tariff_shift"
        guard arguments.count == 3, case .list(let materials) = arguments[1],
            case .string(let levelText) = arguments[2]
        else {
            return .error(
                EvalError("\(function) expects a product HS code, a list of material HS codes and a level"))
        }
        guard let level = HSCode.ShiftLevel(rawValue: levelText.uppercased()) else {
            return .error(
                EvalError("\(function): the level must be \"CC\", \"CTH\" or \"CTSH\", got \"\(levelText)\""))
        }
        let product: String
        switch code(arguments[0], function, "product HS code").flatMap({ Self.prefix($0, level, function) }) {
        case .success(let prefix): product = prefix
        case .failure(let error): return .error(error)
        }
        for material in materials {
            switch code(material, function, "material HS code").flatMap({ Self.prefix($0, level, function) })
            {
            case .success(let prefix): if prefix == product { return .bool(false) }
            case .failure(let error): return .error(error)
            }
        }
        return .bool(true)
    }

    private static func prefix(
        _ code: HSCode, _ level: HSCode.ShiftLevel, _ function: String
    ) -> Result<
        String, EvalError
    > {
        guard let prefix = code.prefix(level.digits) else {
            return .failure(
                EvalError(
                    "\(function): \"\(code.digits)\" has fewer than the \(level.digits) digits \(level.rawValue) compares"
                ))
        }
        return .success(prefix)
    }
}
