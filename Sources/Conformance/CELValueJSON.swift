import CEL

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads the suite's VALUE objects (`{"int": "123"}`, `{"double": "NaN"}`,
/// `{"map": [[k, v], ...]}`, `{"timestamp": "2009-02-13T23:31:30Z"}` …) as CEL values.
///
/// Timestamps and durations are converted by the CEL library itself
/// (`timestamp(s)`, `duration(s)`), so the runner shares one definition of their
/// text forms with the engine under test.
struct CELValueJSON {
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    /// A well-formed timestamp or duration the CEL library refused to build: a fault
    /// of the engine under test, so it fails the case rather than the run.
    struct EngineRejection: Error, CustomStringConvertible {
        var description: String
    }

    private let timestampProgram: Program?
    private let durationProgram: Program?

    init() {
        let environment = Environment(variables: ["text": .string])
        timestampProgram = (try? environment.compile("timestamp(text)")).map { environment.program($0) }
        durationProgram = (try? environment.compile("duration(text)")).map { environment.program($0) }
    }

    /// Converts a VALUE; throws ``FormatError`` or ``EngineRejection``.
    func value(_ json: JSON) throws -> Value {
        guard case .object(let members) = json, members.count == 1, let (kind, payload) = members.first else {
            throw FormatError(description: "a value must be an object with one member")
        }
        switch kind {
        case "null": return .null
        case "bool":
            guard let flag = payload.bool else {
                throw FormatError(description: "bool value is not a boolean")
            }
            return .bool(flag)
        case "int":
            guard let text = payload.string, let number = Int64(text) else {
                throw FormatError(description: "int value is not a decimal int64 string")
            }
            return .int(number)
        case "uint":
            guard let text = payload.string, let number = UInt64(text) else {
                throw FormatError(description: "uint value is not a decimal uint64 string")
            }
            return .uint(number)
        case "double": return .double(try double(payload))
        case "string":
            guard let text = payload.string else {
                throw FormatError(description: "string value is not a string")
            }
            return .string(text)
        case "bytes_b64":
            guard let text = payload.string, let data = Data(base64Encoded: text) else {
                throw FormatError(description: "bytes_b64 value is not base64")
            }
            return .bytes(Array(data))
        case "list":
            guard let items = payload.array else {
                throw FormatError(description: "list value is not an array")
            }
            var values: [Value] = []
            for item in items { values.append(try value(item)) }
            return .list(values)
        case "map": return try map(payload)
        case "type":
            guard let name = payload.string else {
                throw FormatError(description: "type value is not a string")
            }
            return .type(name)
        case "timestamp": return try convert(payload, with: timestampProgram, kind: kind)
        case "duration": return try convert(payload, with: durationProgram, kind: kind)
        default:
            throw FormatError(description: "unsupported value kind \"\(kind)\"")
        }
    }

    private func double(_ payload: JSON) throws(FormatError) -> Double {
        switch payload {
        case .number(let number): return number
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        default: throw FormatError(description: "double value is neither a number nor NaN/±Infinity")
        }
    }

    private func map(_ payload: JSON) throws -> Value {
        guard let pairs = payload.array else {
            throw FormatError(description: "map value is not an array of pairs")
        }
        var map = MapValue()
        for pair in pairs {
            guard let parts = pair.array, parts.count == 2 else {
                throw FormatError(description: "map entry is not a [key, value] pair")
            }
            let key: MapKey
            switch try value(parts[0]) {
            case .int(let number): key = .int(number)
            case .uint(let number): key = .uint(number)
            case .bool(let flag): key = .bool(flag)
            case .string(let text): key = .string(text)
            default: throw FormatError(description: "map key must be an int, uint, bool or string")
            }
            map[key] = try value(parts[1])
        }
        return .map(map)
    }

    private func convert(_ payload: JSON, with program: Program?, kind: String) throws -> Value {
        guard let text = payload.string else {
            throw FormatError(description: "\(kind) value is not a string")
        }
        guard let program else {
            throw EngineRejection(description: "the CEL library cannot compile \(kind)(string)")
        }
        let result = program.evaluate(Activation(["text": .string(text)]))
        if case .error(let error) = result {
            throw EngineRejection(
                description: "\(kind) \"\(text)\" rejected by the CEL library: \(error.message)")
        }
        return result
    }
}
