import Testing

@testable import CEL

@Suite("Timestamps: RFC 3339, range and arithmetic")
struct TimestampTests {
    private func parse(_ text: String) -> Timestamp? {
        try? Timestamp.parse(rfc3339: text).get()
    }

    @Test("parses UTC and offsets to the same instant")
    func parsing() {
        #expect(parse("2009-02-13T23:31:30Z") == Timestamp(seconds: 1_234_567_890))
        #expect(parse("2009-02-14T06:31:30+07:00") == Timestamp(seconds: 1_234_567_890))
        #expect(parse("2009-02-13T15:31:30.5-08:00") == Timestamp(seconds: 1_234_567_890, nanos: 500_000_000))
        #expect(parse("1970-01-01T00:00:00.000000001Z") == Timestamp(seconds: 0, nanos: 1))
        #expect(parse("0001-01-01T00:00:00Z") == Timestamp(seconds: Timestamp.minSeconds))
        #expect(
            parse("9999-12-31T23:59:59.999999999Z")
                == Timestamp(seconds: Timestamp.maxSeconds, nanos: 999_999_999))
    }

    @Test("rejects malformed text and impossible dates")
    func malformed() {
        for text in [
            "2009-02-13", "2009-02-13T23:31:30", "2009-02-30T00:00:00Z", "2009-13-01T00:00:00Z",
            "2009-02-13T24:00:00Z", "2009-02-13T23:31:30.Z", "2009-02-13 23:31:30Z",
            "2009-02-13T23:31:30+0700",
            "",
        ] {
            #expect(parse(text) == nil, "\(text)")
        }
        #expect(parse("2008-02-29T00:00:00Z") != nil)
        #expect(parse("1900-02-29T00:00:00Z") == nil)
    }

    @Test("a well-formed timestamp outside years 1-9999 is a range error")
    func range() {
        guard case .failure(let error) = Timestamp.parse(rfc3339: "0001-01-01T00:00:00+01:00") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.message.contains("range"))
    }

    @Test("formats as cel-go does: trailing zeros of the fraction dropped")
    func formatting() {
        #expect(Timestamp(seconds: 1_234_567_890).rfc3339String == "2009-02-13T23:31:30Z")
        #expect(
            Timestamp(seconds: 1_234_567_890, nanos: 120_000_000).rfc3339String == "2009-02-13T23:31:30.12Z")
        #expect(Timestamp(seconds: -1, nanos: 999_999_999).rfc3339String == "1969-12-31T23:59:59.999999999Z")
        #expect(Timestamp(seconds: Timestamp.minSeconds).rfc3339String == "0001-01-01T00:00:00Z")
    }

    @Test(
        "parse and format round-trip",
        arguments: [
            "2009-02-13T23:31:30Z", "1945-05-07T02:41:00.5Z", "2000-02-29T12:00:00.000001Z",
            "9999-12-31T23:59:59.999999999Z", "0001-01-01T00:00:00Z", "1969-07-20T20:17:40.123456789Z",
        ])
    func roundTrip(text: String) {
        #expect(parse(text)?.rfc3339String == text)
    }

    @Test("adding and subtracting durations, with range errors at the ends")
    func arithmetic() {
        let start = Timestamp(seconds: Timestamp.minSeconds + 1, nanos: 1)
        #expect(
            start.adding(Duration(seconds: 0, nanos: -999_999_999))
                == Timestamp(seconds: Timestamp.minSeconds, nanos: 2))
        let late = Timestamp(seconds: Timestamp.maxSeconds, nanos: 999_999_999)
        #expect(late.adding(Duration(seconds: 0, nanos: 1)) == nil)
        #expect(Timestamp(seconds: Timestamp.minSeconds).subtracting(Duration(seconds: 0, nanos: 1)) == nil)
        let later = Timestamp(seconds: 1_234_567_860)
        #expect(later.duration(since: Timestamp(seconds: 1_234_567_740)) == Duration(seconds: 120))
        #expect(late.duration(since: Timestamp(seconds: Timestamp.minSeconds)) == nil)
    }

    @Test("timestamp arithmetic through values")
    func valueArithmetic() {
        let instant = Value.timestamp(Timestamp(seconds: 1_234_566_000))
        #expect(
            instant.add(.duration(Duration(seconds: 240))) == .timestamp(Timestamp(seconds: 1_234_566_240)))
        #expect(
            Value.duration(Duration(seconds: 240)).add(instant)
                == .timestamp(Timestamp(seconds: 1_234_566_240)))
        #expect(
            instant.subtract(.timestamp(Timestamp(seconds: 1_234_565_880)))
                == .duration(Duration(seconds: 120)))
        guard
            case .error(let error) = Value.timestamp(Timestamp(seconds: Timestamp.maxSeconds)).add(
                .duration(Duration(seconds: 1)))
        else {
            Issue.record("expected a range error")
            return
        }
        #expect(error.message.contains("range"))
    }
}

@Suite("Out-of-range time values from a host")
struct OutOfRangeTimeTests {
    @Test("never trap: arithmetic and accessors report range errors")
    func extremes() {
        let far = Timestamp(seconds: .max, nanos: .max)
        #expect(far.adding(Duration(seconds: 1)) == nil)
        #expect(far.duration(since: Timestamp(seconds: .min)) == nil)
        #expect(!Value.timestamp(far).description.isEmpty)
        #expect(Value.timestamp(Timestamp(seconds: .min)).compare(.timestamp(far)) == .less)
        let huge = Duration(seconds: .max, nanos: .max)
        #expect(huge.adding(Duration(seconds: 1)) == nil)
        #expect(!Value.duration(huge).celEquals(.duration(Duration(seconds: .min))))
        #expect(Value.duration(huge).compare(.duration(Duration(seconds: 0))) == .greater)
        guard
            let getHours = Library.standard.functions.first(where: { $0.name == "getHours" }),
            case .variadic(let body)? = getHours.dispatcher
        else {
            Issue.record("getHours has no variadic dispatcher")
            return
        }
        guard case .error(let error) = body([.timestamp(far)]) else {
            Issue.record("expected a range error")
            return
        }
        #expect(error.message.contains("range"))
    }
}
