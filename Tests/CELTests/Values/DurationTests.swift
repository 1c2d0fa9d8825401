import Testing

@testable import CEL

@Suite("Durations: parsing, printing and range")
struct DurationTests {
    private func nanoseconds(_ text: String) -> Int64? {
        (try? Duration.parse(text).get())?.totalNanoseconds
    }

    @Test("parses Go duration syntax")
    func parsing() {
        #expect(nanoseconds("1h2m3.5s") == 3_723_500_000_000)
        #expect(nanoseconds("-1.5h") == -5_400_000_000_000)
        #expect(nanoseconds("100ms") == 100_000_000)
        #expect(nanoseconds("1us") == 1000)
        #expect(nanoseconds("1\u{B5}s") == 1000)
        #expect(nanoseconds("1\u{3BC}s") == 1000)
        #expect(nanoseconds("1ns") == 1)
        #expect(nanoseconds("0") == 0)
        #expect(nanoseconds("+5s") == 5_000_000_000)
        #expect(nanoseconds(".5s") == 500_000_000)
        #expect(nanoseconds("123.321456789s") == 123_321_456_789)
        #expect(nanoseconds("1000000s") == 1_000_000_000_000_000)
    }

    @Test(
        "rejects malformed durations",
        arguments: ["", "1", "s", "1d", "1.s.5", "-", "1h 2m", "1.2.3s", "++1s"])
    func malformed(text: String) {
        #expect(nanoseconds(text) == nil)
    }

    @Test("the range is int64 nanoseconds, about ±292 years")
    func range() {
        #expect(nanoseconds("-9223372036.854775808s") == .min)
        #expect(nanoseconds("9223372036.854775807s") == .max)
        for text in ["9223372036.854775808s", "320000000000s", "-200000000000s", "99999999999999999999h"] {
            guard case .failure(let error) = Duration.parse(text) else {
                Issue.record("\(text) should be out of range")
                continue
            }
            #expect(error.message.contains("range"))
        }
    }

    @Test("prints seconds with the fraction that is there")
    func printing() {
        #expect(Duration(seconds: 1_000_000).celString == "1000000s")
        #expect(Duration(seconds: 1, nanos: 500_000_000).celString == "1.5s")
        #expect(Duration(seconds: 0, nanos: -1).celString == "-0.000000001s")
        #expect(Duration(seconds: -3, nanos: -250_000_000).celString == "-3.25s")
        #expect(Duration(seconds: 0).celString == "0s")
    }

    @Test("arithmetic overflows to nil at the int64 nanosecond range")
    func arithmetic() {
        let big = Duration(seconds: 9_000_000_000)
        #expect(big.adding(big) == nil)
        #expect(Duration(seconds: -9_000_000_000).subtracting(big) == nil)
        #expect(Duration(seconds: 900).subtracting(Duration(seconds: 42)) == Duration(seconds: 858))
        #expect(Duration(totalNanoseconds: .min).negated() == nil)
        #expect(Duration(seconds: 2, nanos: 5).negated() == Duration(seconds: -2, nanos: -5))
    }
}
