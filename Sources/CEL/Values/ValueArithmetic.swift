/// CEL's arithmetic operators on runtime values.
///
/// `int` and `uint` arithmetic is checked: a result outside the type's range is
/// an "integer overflow" error, never a wrapped value. `double` arithmetic is
/// IEEE 754 (`1.0 / 0.0` is `+Infinity`). Mixed kinds (`1 + 1u`) have no
/// overload: CEL does not convert implicitly.
extension Value {
    /// `self + rhs`: numbers, strings, bytes and lists (concatenation),
    /// timestamp ± duration and duration + duration.
    public func add(_ rhs: Value) -> Value {
        switch (self, rhs) {
        case (.int(let a), .int(let b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .error(.intOverflow) : .int(sum)
        case (.uint(let a), .uint(let b)):
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .error(.uintOverflow) : .uint(sum)
        case (.double(let a), .double(let b)): return .double(a + b)
        case (.string(let a), .string(let b)): return .string(a + b)
        case (.bytes(let a), .bytes(let b)): return .bytes(a + b)
        case (.list(let a), .list(let b)): return .list(a + b)
        case (.timestamp(let t), .duration(let d)), (.duration(let d), .timestamp(let t)):
            return t.adding(d).map(Value.timestamp) ?? .error(.timestampOutOfRange)
        case (.duration(let a), .duration(let b)):
            return a.adding(b).map(Value.duration) ?? .error(.durationOutOfRange)
        default: return .error(.noSuchOverload(Operator.add, [self, rhs]))
        }
    }

    /// `self - rhs`: numbers, timestamp − duration, timestamp − timestamp, duration − duration.
    public func subtract(_ rhs: Value) -> Value {
        switch (self, rhs) {
        case (.int(let a), .int(let b)):
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? .error(.intOverflow) : .int(difference)
        case (.uint(let a), .uint(let b)):
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? .error(.uintOverflow) : .uint(difference)
        case (.double(let a), .double(let b)): return .double(a - b)
        case (.timestamp(let t), .duration(let d)):
            return t.subtracting(d).map(Value.timestamp) ?? .error(.timestampOutOfRange)
        case (.timestamp(let a), .timestamp(let b)):
            return a.duration(since: b).map(Value.duration) ?? .error(.durationOutOfRange)
        case (.duration(let a), .duration(let b)):
            return a.subtracting(b).map(Value.duration) ?? .error(.durationOutOfRange)
        default: return .error(.noSuchOverload(Operator.subtract, [self, rhs]))
        }
    }

    /// `self * rhs` for two numbers of the same kind.
    public func multiply(_ rhs: Value) -> Value {
        switch (self, rhs) {
        case (.int(let a), .int(let b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? .error(.intOverflow) : .int(product)
        case (.uint(let a), .uint(let b)):
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? .error(.uintOverflow) : .uint(product)
        case (.double(let a), .double(let b)): return .double(a * b)
        default: return .error(.noSuchOverload(Operator.multiply, [self, rhs]))
        }
    }

    /// `self / rhs`: integer division truncates toward zero; dividing an integer
    /// by zero is an error, and so is `-9223372036854775808 / -1`.
    public func divide(_ rhs: Value) -> Value {
        switch (self, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { return .error(.divisionByZero) }
            let (quotient, overflow) = a.dividedReportingOverflow(by: b)
            return overflow ? .error(.intOverflow) : .int(quotient)
        case (.uint(let a), .uint(let b)):
            return b == 0 ? .error(.divisionByZero) : .uint(a / b)
        case (.double(let a), .double(let b)): return .double(a / b)
        default: return .error(.noSuchOverload(Operator.divide, [self, rhs]))
        }
    }

    /// `self % rhs` for integers; the result takes the dividend's sign (`-7 % 3 == -1`).
    public func modulo(_ rhs: Value) -> Value {
        switch (self, rhs) {
        case (.int(let a), .int(let b)):
            if b == 0 { return .error(.moduloByZero) }
            let (remainder, overflow) = a.remainderReportingOverflow(dividingBy: b)
            return overflow ? .error(.intOverflow) : .int(remainder)
        case (.uint(let a), .uint(let b)):
            return b == 0 ? .error(.moduloByZero) : .uint(a % b)
        default: return .error(.noSuchOverload(Operator.modulo, [self, rhs]))
        }
    }

    /// `-self` for `int`, `double` and durations; `-(-9223372036854775808)` overflows.
    public func negate() -> Value {
        switch self {
        case .int(let a):
            return a == .min ? .error(.intOverflow) : .int(-a)
        case .double(let a): return .double(-a)
        case .duration(let d): return d.negated().map(Value.duration) ?? .error(.durationOutOfRange)
        default: return .error(.noSuchOverload(Operator.negate, [self]))
        }
    }

    /// `!self` for a `bool`.
    public func logicalNot() -> Value {
        guard case .bool(let value) = self else {
            return .error(.noSuchOverload(Operator.logicalNot, [self]))
        }
        return .bool(!value)
    }
}
