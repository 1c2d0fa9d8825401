/// CEL's type conversion functions (`int(x)`, `string(x)`, `timestamp(x)` …)
/// on runtime values. Lossy or out-of-range conversions are errors, never
/// silently clamped or wrapped.
extension Value {
    /// `int(x)`: from `uint` and `double` (truncating toward zero, within
    /// (-2^63, 2^63) exclusive), from decimal text, from a timestamp (seconds
    /// since the epoch) and from a duration (nanoseconds).
    public func convertedToInt() -> Value {
        switch self {
        case .int: return self
        case .uint(let value):
            return Int64(exactly: value).map(Value.int) ?? .error(.conversionRange(self, to: "int"))
        case .double(let value):
            // Both bounds exclusive: -2^63 converts in some compilers and not in others.
            guard value.isFinite, value > -9_223_372_036_854_775_808.0, value < 9_223_372_036_854_775_808.0
            else { return .error(.conversionRange(self, to: "int")) }
            return .int(Int64(value))
        case .string(let text):
            return Int64(text).map(Value.int) ?? .error(.conversion(self, to: "int"))
        case .timestamp(let timestamp): return .int(timestamp.seconds)
        case .duration(let duration):
            return duration.totalNanoseconds.map(Value.int) ?? .error(.durationOutOfRange)
        default: return .error(.noSuchOverload("int", [self]))
        }
    }

    /// `uint(x)`: from a non-negative `int`, a `double` in [0, 2^64) (truncating),
    /// or decimal text.
    public func convertedToUint() -> Value {
        switch self {
        case .uint: return self
        case .int(let value):
            return UInt64(exactly: value).map(Value.uint) ?? .error(.conversionRange(self, to: "uint"))
        case .double(let value):
            guard value.isFinite, value > -1, value < 18_446_744_073_709_551_616.0 else {
                return .error(.conversionRange(self, to: "uint"))
            }
            return .uint(UInt64(value))
        case .string(let text):
            guard text.first != "+", let value = UInt64(text) else {
                return .error(.conversion(self, to: "uint"))
            }
            return .uint(value)
        default: return .error(.noSuchOverload("uint", [self]))
        }
    }

    /// `double(x)`: from `int` and `uint` (to the nearest double) or from text
    /// (`'1.5'`, `'-2e10'`, `'NaN'`, `'Infinity'`).
    public func convertedToDouble() -> Value {
        switch self {
        case .double: return self
        case .int(let value): return .double(Double(value))
        case .uint(let value): return .double(Double(value))
        case .string(let text):
            return Double(text).map(Value.double) ?? .error(.conversion(self, to: "double"))
        default: return .error(.noSuchOverload("double", [self]))
        }
    }

    /// `string(x)`: numbers and booleans as CEL prints them, bytes that are
    /// valid UTF-8, timestamps in RFC 3339 and durations in seconds (`90s`).
    public func convertedToString() -> Value {
        switch self {
        case .string: return self
        case .bool(let value): return .string(value ? "true" : "false")
        case .int(let value): return .string(String(value))
        case .uint(let value): return .string(String(value))
        case .double(let value): return .string(value.celString)
        case .bytes(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .error(EvalError("invalid UTF-8 in bytes converted to string"))
            }
            return .string(text)
        case .timestamp(let timestamp): return .string(timestamp.rfc3339String)
        case .duration(let duration): return .string(duration.celString)
        default: return .error(.noSuchOverload("string", [self]))
        }
    }

    /// `bytes(x)`: the UTF-8 encoding of a string.
    public func convertedToBytes() -> Value {
        switch self {
        case .bytes: return self
        case .string(let text): return .bytes(Array(text.utf8))
        default: return .error(.noSuchOverload("bytes", [self]))
        }
    }

    /// `bool(x)`: from the texts Go's `strconv.ParseBool` accepts: `1`, `t`, `T`,
    /// `TRUE`, `true`, `True` and `0`, `f`, `F`, `FALSE`, `false`, `False`.
    public func convertedToBool() -> Value {
        switch self {
        case .bool: return self
        case .string(let text):
            switch text {
            case "1", "t", "T", "TRUE", "true", "True": return .bool(true)
            case "0", "f", "F", "FALSE", "false", "False": return .bool(false)
            default: return .error(.conversion(self, to: "bool"))
            }
        default: return .error(.noSuchOverload("bool", [self]))
        }
    }

    /// `timestamp(x)`: from RFC 3339 text or from seconds since the epoch.
    public func convertedToTimestamp() -> Value {
        switch self {
        case .timestamp: return self
        case .string(let text):
            switch Timestamp.parse(rfc3339: text) {
            case .success(let timestamp): return .timestamp(timestamp)
            case .failure(let error): return .error(error)
            }
        case .int(let seconds):
            return Timestamp.checked(seconds: seconds).map(Value.timestamp) ?? .error(.timestampOutOfRange)
        default: return .error(.noSuchOverload("timestamp", [self]))
        }
    }

    /// `duration(x)`: from text such as `1h30m` or `2.5s`.
    public func convertedToDuration() -> Value {
        switch self {
        case .duration(let duration):
            return duration.isInCELRange ? self : .error(.durationOutOfRange)
        case .string(let text):
            switch Duration.parse(text) {
            case .success(let duration): return .duration(duration)
            case .failure(let error): return .error(error)
            }
        default: return .error(.noSuchOverload("duration", [self]))
        }
    }
}
