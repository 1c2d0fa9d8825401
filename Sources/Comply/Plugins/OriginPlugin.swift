import CEL

/// Rules-of-origin arithmetic for FTA packs (`origin.*`), version 1.0.0, computed in
/// exact decimals so that an RVC of exactly 40 % passes a 40 % threshold.
///
/// Formulas follow ATIGA (Art. 29 and Annex 3; ACFTA, AKFTA and RCEP use the same
/// ones):
/// - build-down (indirect): RVC = (FOB − VNM) / FOB × 100
/// - build-up (direct): RVC = VOM / FOB × 100
/// - de minimis (Art. 30): non-originating materials that do not undergo the required
///   change in tariff classification are tolerated up to a share of FOB (10 % in ATIGA).
///
/// | function | result |
/// |---|---|
/// | `origin.rvc(fob, non_originating)` | `double`, % rounded half away from zero to 6 places |
/// | `origin.rvc_build_up(originating, fob)` | `double`, % as above |
/// | `origin.non_originating_value(bom)` | `double`: total `value` of materials not marked `originating: true` |
/// | `origin.originating_value(bom)` | `double`: total `value` of materials marked `originating: true` |
/// | `origin.tariff_shift(product_hs, bom, level)` | `bool`: every non-originating material's `hs_code` changes at `"CC"`, `"CTH"` or `"CTSH"` |
/// | `origin.de_minimis_share(product_hs, bom, level, fob)` | `double`: % of FOB of the non-originating materials that do not change |
/// | `origin.de_minimis_ok(product_hs, bom, level, fob, max_percent)` | `bool`: that share is at most `max_percent` (so a full tariff shift is also ok) |
///
/// A bill of materials (`bom`) is a list of maps with `value` (number), `hs_code`
/// (string) and `originating` (bool). A material without `originating: true` counts as
/// non-originating: ATIGA's VNM includes materials of undetermined origin, so a missing
/// flag can lower an RVC but never raise it. A needed `value` or `hs_code` that is
/// missing makes the result unknown, naming `bill_of_materials[i].value`.
public struct OriginPlugin: FunctionPlugin {
    public let id = "origin"
    public let version = SemanticVersion(major: 1, minor: 0, patch: 0)
    public let summary =
        "Rules of origin: RVC (build-down, build-up), material values, tariff shift, de minimis"

    /// Places an RVC or share is rounded to.
    public static let places = 6

    public init() {}

    public var library: Library {
        let bom = PluginFunction.Parameter.type(.list(.dyn))
        let text = PluginFunction.Parameter.type(.string)
        return Library(
            name: "origin",
            functions: [
                PluginFunction.make("origin.rvc", [.number, .number], .double) { arguments in
                    Self.percentage("origin.rvc", arguments) { fob, nonOriginating in
                        fob.subtracting(nonOriginating).map { ($0, fob) }
                    }
                },
                PluginFunction.make("origin.rvc_build_up", [.number, .number], .double) { arguments in
                    Self.percentage("origin.rvc_build_up", arguments) { originating, fob in (originating, fob)
                    }
                },
                PluginFunction.make("origin.non_originating_value", [bom], .double) { arguments in
                    Self.total("origin.non_originating_value", arguments) { !$0 }
                },
                PluginFunction.make("origin.originating_value", [bom], .double) { arguments in
                    Self.total("origin.originating_value", arguments) { $0 }
                },
                PluginFunction.make("origin.tariff_shift", [text, bom, text], .bool) { arguments in
                    let function = "origin.tariff_shift"
                    guard arguments.count == 3 else {
                        return .error(EvalError("\(function) expects 3 arguments"))
                    }
                    switch Self.nonShifting(function, arguments[0], arguments[1], arguments[2]) {
                    case .failure(let failure): return failure.value
                    case .success(let materials): return .bool(materials.isEmpty)
                    }
                },
                PluginFunction.make("origin.de_minimis_share", [text, bom, text, .number], .double) {
                    arguments in
                    Self.deMinimisShare("origin.de_minimis_share", arguments).map { .double($0.doubleValue) }
                        .value
                },
                PluginFunction.make("origin.de_minimis_ok", [text, bom, text, .number, .number], .bool) {
                    arguments in
                    let function = "origin.de_minimis_ok"
                    guard arguments.count == 5 else {
                        return .error(EvalError("\(function) expects 5 arguments"))
                    }
                    switch PluginFunction.decimal(arguments[4], function, "maximum percentage") {
                    case .failure(let error): return .error(error)
                    case .success(let limit):
                        return Self.deMinimisShare(function, Array(arguments.prefix(4))).map {
                            .bool($0 <= limit)
                        }
                        .value
                    }
                },
            ])
    }

    /// numerator / denominator × 100 from two numeric arguments, rounded to ``places``.
    private static func percentage(
        _ function: String, _ arguments: [Value],
        _ parts: (ExactDecimal, ExactDecimal) -> (ExactDecimal, ExactDecimal)?
    ) -> Value {
        guard arguments.count == 2 else { return .error(EvalError("\(function) expects 2 numbers")) }
        let first: ExactDecimal
        let second: ExactDecimal
        switch (
            PluginFunction.decimal(arguments[0], function, "first argument"),
            PluginFunction.decimal(arguments[1], function, "second argument")
        ) {
        case (.success(let a), .success(let b)):
            first = a
            second = b
        case (.failure(let error), _), (_, .failure(let error)):
            return .error(error)
        }
        guard let (numerator, denominator) = parts(first, second) else {
            return PluginFunction.overflow(function)
        }
        guard denominator > .zero else {
            return .error(EvalError("\(function): the FOB value must be greater than 0, got \(denominator)"))
        }
        guard let scaled = numerator.multiplying(ExactDecimal(100)),
            let share = scaled.dividing(by: denominator, places: places)
        else { return PluginFunction.overflow(function) }
        return .double(share.doubleValue)
    }

    /// A material of a bill of materials, read defensively: profiles are data.
    private struct Material {
        let index: Int
        let fields: MapValue

        var isOriginating: Bool {
            if case .bool(true)? = fields[.string("originating")] { return true }
            return false
        }

        func field(_ name: String) -> Value? { fields[.string(name)] }

        func missing(_ name: String) -> Value {
            .unknown(UnknownSet(attributes: ["bill_of_materials[\(index)].\(name)"]))
        }
    }

    private static func materials(_ function: String, _ value: Value) -> Result<[Material], OriginFailure> {
        guard case .list(let items) = value else {
            return .failure(
                OriginFailure(value: .error(EvalError("\(function): the bill of materials must be a list"))))
        }
        var materials: [Material] = []
        for (index, item) in items.enumerated() {
            guard case .map(let fields) = item else {
                return .failure(
                    OriginFailure(
                        value: .error(
                            EvalError("\(function): material \(index) must be a map, got \(item.typeName)"))))
            }
            materials.append(Material(index: index, fields: fields))
        }
        return .success(materials)
    }

    private static func total(_ function: String, _ arguments: [Value], _ include: (Bool) -> Bool) -> Value {
        guard arguments.count == 1 else {
            return .error(EvalError("\(function) expects a bill of materials"))
        }
        let materials: [Material]
        switch Self.materials(function, arguments[0]) {
        case .success(let list): materials = list
        case .failure(let failure): return failure.value
        }
        var sum = ExactDecimal.zero
        var unknown: UnknownSet?
        for material in materials where include(material.isOriginating) {
            guard let value = material.field("value") else {
                let missing = UnknownSet(attributes: ["bill_of_materials[\(material.index)].value"])
                unknown = unknown?.merging(missing) ?? missing
                continue
            }
            switch PluginFunction.decimal(value, function, "value of material \(material.index)") {
            case .failure(let error): return .error(error)
            case .success(let amount):
                guard let next = sum.adding(amount) else { return PluginFunction.overflow(function) }
                sum = next
            }
        }
        if let unknown { return .unknown(unknown) }
        return .double(sum.doubleValue)
    }

    /// The non-originating materials whose HS code does not change at `level`.
    private static func nonShifting(
        _ function: String, _ productValue: Value, _ bomValue: Value, _ levelValue: Value
    ) -> Result<[Material], OriginFailure> {
        guard case .string(let productText) = productValue, let product = HSCode(productText) else {
            return .failure(
                OriginFailure(value: .error(EvalError("\(function): the product HS code must be digits"))))
        }
        guard case .string(let levelText) = levelValue,
            let level = HSCode.ShiftLevel(rawValue: levelText.uppercased())
        else {
            return .failure(
                OriginFailure(
                    value: .error(EvalError("\(function): the level must be \"CC\", \"CTH\" or \"CTSH\""))))
        }
        guard let productPrefix = product.prefix(level.digits) else {
            return .failure(
                OriginFailure(
                    value: .error(
                        EvalError("\(function): the product HS code has fewer than \(level.digits) digits"))))
        }
        return materials(function, bomValue).flatMap { materials in
            var failing: [Material] = []
            var unknown: UnknownSet?
            for material in materials where !material.isOriginating {
                guard case .string(let text)? = material.field("hs_code") else {
                    if case .unknown(let set) = material.missing("hs_code") {
                        unknown = unknown?.merging(set) ?? set
                    }
                    continue
                }
                guard let code = HSCode(text), let prefix = code.prefix(level.digits) else {
                    return .failure(
                        OriginFailure(
                            value: .error(
                                EvalError(
                                    "\(function): material \(material.index) has HS code \"\(text)\", too short for \(level.rawValue)"
                                ))))
                }
                if prefix == productPrefix { failing.append(material) }
            }
            if let unknown { return .failure(OriginFailure(value: .unknown(unknown))) }
            return .success(failing)
        }
    }

    private static func deMinimisShare(
        _ function: String, _ arguments: [Value]
    ) -> Result<ExactDecimal, OriginFailure> {
        guard arguments.count == 4 else {
            return .failure(OriginFailure(value: .error(EvalError("\(function) expects 4 arguments"))))
        }
        let fob: ExactDecimal
        switch PluginFunction.decimal(arguments[3], function, "FOB value") {
        case .success(let value): fob = value
        case .failure(let error): return .failure(OriginFailure(value: .error(error)))
        }
        guard fob > .zero else {
            return .failure(
                OriginFailure(
                    value: .error(EvalError("\(function): the FOB value must be greater than 0, got \(fob)")))
            )
        }
        return nonShifting(function, arguments[0], arguments[1], arguments[2]).flatMap { failing in
            var sum = ExactDecimal.zero
            var unknown: UnknownSet?
            for material in failing {
                guard let value = material.field("value") else {
                    if case .unknown(let set) = material.missing("value") {
                        unknown = unknown?.merging(set) ?? set
                    }
                    continue
                }
                switch PluginFunction.decimal(value, function, "value of material \(material.index)") {
                case .failure(let error): return .failure(OriginFailure(value: .error(error)))
                case .success(let amount):
                    guard let next = sum.adding(amount) else {
                        return .failure(OriginFailure(value: PluginFunction.overflow(function)))
                    }
                    sum = next
                }
            }
            if let unknown { return .failure(OriginFailure(value: .unknown(unknown))) }
            guard let scaled = sum.multiplying(ExactDecimal(100)),
                let share = scaled.dividing(by: fob, places: places)
            else { return .failure(OriginFailure(value: PluginFunction.overflow(function))) }
            return .success(share)
        }
    }
}

/// A failure that is either a fault (an error value) or a missing fact (an unknown).
private struct OriginFailure: Error {
    let value: Value
}

extension Result where Success == Value, Failure == OriginFailure {
    fileprivate var value: Value {
        switch self {
        case .success(let value): return value
        case .failure(let failure): return failure.value
        }
    }
}
