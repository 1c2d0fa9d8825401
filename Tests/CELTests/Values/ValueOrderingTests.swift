import Testing

@testable import CEL

@Suite("CEL ordering")
struct ValueOrderingTests {
    private func holds(_ lhs: Value, _ relation: Relation, _ rhs: Value) -> Bool? {
        if case .bool(let result) = lhs.relation(relation, rhs) { return result }
        return nil
    }

    @Test("int against uint is exact at the 2^63 boundary")
    func intAgainstUint() {
        #expect(holds(.int(1), .less, .uint(9_223_372_036_854_775_808)) == true)
        #expect(holds(.int(-1), .greaterOrEqual, .uint(0)) == false)
        #expect(holds(.uint(1), .greater, .int(-9_223_372_036_854_775_808)) == true)
        #expect(holds(.int(.max), .less, .uint(UInt64(Int64.max))) == false)
    }

    /// A double read from text: Swift's compiler rounds some large float literals
    /// twice (18_446_744_073_709_553_665.0 lands one ulp low), the runtime parser does not.
    private func double(_ text: String) -> Value {
        .double(Double(text) ?? .nan)
    }

    @Test("integers against doubles convert the integer, as cel-spec's corpus expects")
    func integersAgainstDoubles() {
        #expect(holds(.int(.max), .less, double("9223372036854777857.0")) == true)
        #expect(holds(.int(.max), .greaterOrEqual, double("9223372036854775808.0")) == true)
        #expect(holds(.int(.min), .less, .double(-9_223_372_036_854_775_809.0)) == false)
        #expect(holds(.uint(.max), .less, double("18446744073709590000.0")) == true)
        #expect(holds(double("18446744073709553665.0"), .greater, .uint(.max)) == true)
        #expect(holds(.uint(.max), .less, .double(-1)) == false)
    }

    @Test("NaN is unordered: every relation is false")
    func notANumber() {
        for relation in Relation.allCases {
            #expect(holds(.double(.nan), relation, .double(1)) == false)
            #expect(holds(.int(1), relation, .double(.nan)) == false)
        }
    }

    @Test("strings order by code point, bytes by byte, false before true")
    func textAndBooleans() {
        #expect(holds(.string("Abc"), .less, .string("aBC")) == true)
        #expect(holds(.string("a"), .less, .string("\u{E1}")) == true)
        #expect(holds(.string("f"), .less, .string("\u{1EBF}")) == true)
        #expect(holds(.string("abcd"), .greaterOrEqual, .string("abc")) == true)
        #expect(holds(.bytes([0xC3, 0xA1]), .less, .bytes([0x62])) == false)
        #expect(holds(.bool(false), .less, .bool(true)) == true)
        #expect(holds(.bool(true), .lessOrEqual, .bool(true)) == true)
    }

    @Test("timestamps and durations order in time")
    func time() {
        #expect(
            holds(.timestamp(Timestamp(seconds: 0, nanos: 1)), .greater, .timestamp(Timestamp(seconds: 0)))
                == true)
        #expect(
            holds(.duration(Duration(seconds: -1, nanos: -5)), .less, .duration(Duration(seconds: -1)))
                == true)
        #expect(
            holds(.duration(Duration(seconds: 0, nanos: -5)), .greater, .duration(Duration(seconds: -1)))
                == true)
    }

    @Test("lists, maps, null and mixed kinds have no ordering")
    func unsupported() {
        for (lhs, rhs) in [
            (Value.list([.int(0)]), Value.list([.int(1)])), (.null, .null), (.string("foo"), .int(1024)),
        ] {
            guard case .error(let error) = lhs.relation(.less, rhs) else {
                Issue.record("expected an error for \(lhs) < \(rhs)")
                continue
            }
            #expect(error.message.contains("no matching overload"))
        }
    }
}
