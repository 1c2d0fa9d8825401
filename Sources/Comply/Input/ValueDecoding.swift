import CEL
import YAML

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Turns YAML (or JSON, which the YAML loader reads too) into CEL values.
///
/// Scalars follow the YAML 1.2 core schema, so `NO` (Norway) stays a string:
///
/// | YAML                               | CEL                      |
/// |------------------------------------|--------------------------|
/// | `3`, `-7`, `0x1F`, `0o17`          | `int`                    |
/// | a decimal above `int`'s range that fits 64 bits unsigned | `uint` |
/// | `1.5`, `1e3`, `.inf`, `.nan`       | `double`                 |
/// | `true`, `false`                    | `bool`                   |
/// | `null`, `~`, empty                 | `null`                   |
/// | quoted or block scalars, `NO`, `yes`, `off`, `2026-06-01` | `string`  |
/// | `!!binary` (base64)                | `bytes`                  |
/// | sequence                           | `list`                   |
/// | mapping                            | `map` with string keys, in document order |
///
/// A plain `080450` is the int 80450 under the core schema: quote HS codes.
///
/// ```swift
/// let node = try YAMLLoader().load("exports: [{market: CN, value: 1200.5}]")[0]
/// let value = try ValueDecoding.value(of: node)
/// // .map({"exports": .list([.map({"market": .string("CN"), "value": .double(1200.5)})])})
/// ```
public enum ValueDecoding {
    /// The CEL value of a node and everything under it.
    public static func value(of node: Node) throws(InputError) -> Value {
        switch node.kind {
        case .scalar(let scalar):
            return try scalarValue(node, scalar)
        case .sequence(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try value(of: item)) }
            return .list(values)
        case .mapping(let entries):
            var map = MapValue()
            var keyRanges: [String: SourceRange] = [:]
            for entry in entries {
                let key = try keyText(entry.key)
                if let first = keyRanges[key] {
                    throw InputError(
                        range: entry.key.range,
                        message:
                            "key \"\(key)\" appears twice in this mapping (first at line \(first.start.line))",
                        hint: "keys are compared as strings, so 1 and \"1\" are the same key")
                }
                keyRanges[key] = entry.key.range
                map[.string(key)] = try value(of: entry.value)
            }
            return .map(map)
        }
    }

    /// The text of a mapping key: CEL field selection (`product.hs_code`) needs string
    /// keys, so a scalar key is kept as written (`1: x` has the key `"1"`).
    static func keyText(_ key: Node) throws(InputError) -> String {
        guard let scalar = key.scalar else {
            throw InputError(
                range: key.range, message: "mapping keys must be scalars",
                hint: "write the key as a plain string; sequences and mappings cannot be keys")
        }
        return scalar.text
    }

    private static let binaryTag = "tag:yaml.org,2002:binary"

    private static func scalarValue(_ node: Node, _ scalar: Scalar) throws(InputError) -> Value {
        if node.tag == binaryTag {
            let base64 = scalar.text.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: base64) else {
                throw InputError(
                    range: node.range, message: "!!binary value is not base64",
                    hint: "encode the bytes as base64, e.g. with `base64 file`")
            }
            return .bytes(Array(data))
        }
        switch node.resolvedScalar ?? .string(scalar.text) {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number):
            // The core schema reads a decimal beyond Int64 as a double; CEL has a type
            // that holds it exactly when it is a non-negative 64-bit number.
            if node.tag == nil, scalar.style == .plain, let unsigned = UInt64(scalar.text) {
                return .uint(unsigned)
            }
            return .double(number)
        case .string(let text): return .string(text)
        }
    }
}
