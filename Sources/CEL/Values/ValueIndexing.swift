extension MapKey {
    /// The key a value makes when it builds a map: only `bool`, `int`, `uint`
    /// and `string` values are keys.
    public init?(_ value: Value) {
        switch value {
        case .bool(let key): self = .bool(key)
        case .int(let key): self = .int(key)
        case .uint(let key): self = .uint(key)
        case .string(let key): self = .string(key)
        default: return nil
        }
    }

    /// The key a value looks up: as ``init(_:)``, and also a `double` with an
    /// integral value, which finds the equal `int` or `uint` key
    /// (`{1u: 'a'}[1.0]`), per cel-spec's heterogeneous numeric equality.
    public init?(lookingUp value: Value) {
        guard case .double(let number) = value else {
            self.init(value)
            return
        }
        if let integer = Int64(exactly: number) {
            self = .int(integer)
        } else if let integer = UInt64(exactly: number) {
            self = .uint(integer)
        } else {
            return nil
        }
    }
}

extension Value {
    /// `self[key]`: a list element by `int` index (also a `uint` or an integral
    /// `double`), or a map value by key. An index outside the list, a missing
    /// key, or a key of the wrong kind is an error.
    public func index(_ key: Value) -> Value {
        switch self {
        case .list(let elements):
            let position: Int64
            switch key {
            case .int(let index): position = index
            case .uint(let index):
                guard let index = Int64(exactly: index) else {
                    return .error(.indexOutOfBounds(String(index), count: elements.count))
                }
                position = index
            case .double(let index):
                guard let index = Int64(exactly: index) else { return .error(.invalidIndex(key)) }
                position = index
            default:
                return .error(.noSuchOverload(Operator.index, [self, key]))
            }
            guard position >= 0, position < Int64(elements.count) else {
                return .error(.indexOutOfBounds(String(position), count: elements.count))
            }
            return elements[Int(position)]
        case .map(let map):
            guard let mapKey = MapKey(lookingUp: key) else {
                if case .double = key { return .error(.noSuchKey(key)) }
                return .error(.unsupportedKeyType(key))
            }
            return map.entries[mapKey] ?? .error(.noSuchKey(key))
        default:
            return .error(.noSuchOverload(Operator.index, [self, key]))
        }
    }

    /// `element in self`: whether a list holds an equal element (CEL `==`), or a
    /// map holds the key. A value that cannot be a key is in no map.
    public func containsElement(_ element: Value) -> Value {
        switch self {
        case .list(let elements):
            return .bool(elements.contains { $0.celEquals(element) })
        case .map(let map):
            guard let key = MapKey(lookingUp: element) else { return .bool(false) }
            return .bool(map.entries[key] != nil)
        default:
            return .error(.noSuchOverload(Operator.in, [element, self]))
        }
    }

    /// `size(self)`: code points of a string, bytes, list elements or map entries.
    public func size() -> Value {
        switch self {
        case .string(let text): return .int(Int64(text.unicodeScalars.count))
        case .bytes(let bytes): return .int(Int64(bytes.count))
        case .list(let elements): return .int(Int64(elements.count))
        case .map(let map): return .int(Int64(map.count))
        default: return .error(.noSuchOverload("size", [self]))
        }
    }
}
