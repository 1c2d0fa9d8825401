/// A POSIX `TZ` rule such as `CST6CDT,M3.2.0,M11.1.0` or `<+0545>-5:45`: the
/// footer of a TZif file, which gives local time after the file's last
/// transition (RFC 8536 §3.3, with its extensions: hours up to ±167 in times).
struct POSIXTimeZoneRule: Sendable, Hashable {
    /// Seconds east of UTC in standard time (POSIX writes the opposite sign).
    var standardOffset: Int64
    var daylightSaving: DaylightSaving?

    struct DaylightSaving: Sendable, Hashable {
        var offset: Int64
        var start: TransitionDate
        /// Seconds after local midnight (standard time) at which DST starts.
        var startTime: Int64
        var end: TransitionDate
        /// Seconds after local midnight (daylight time) at which DST ends.
        var endTime: Int64
    }

    enum TransitionDate: Sendable, Hashable {
        /// `Jn`: day 1 ... 365, February 29 never counted.
        case julianNoLeap(Int)
        /// `n`: day 0 ... 365, February 29 counted.
        case zeroBasedDay(Int)
        /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
        case monthWeekDay(month: Int, week: Int, weekday: Int)
    }

    init?(_ text: String) {
        var parser = Parser(Array(text.utf8))
        guard parser.skipName(), let standard = parser.offset() else { return nil }
        standardOffset = -standard
        if parser.isAtEnd {
            daylightSaving = nil
            return
        }
        guard parser.skipName() else { return nil }
        var daylight = standardOffset + 3600
        if !parser.peek(","), let explicit = parser.offset() { daylight = -explicit }
        guard parser.skip(","), let start = parser.date() else { return nil }
        let startTime = parser.skip("/") ? parser.offset() : 7200
        guard let startTime, parser.skip(","), let end = parser.date() else { return nil }
        let endTime = parser.skip("/") ? parser.offset() : 7200
        guard let endTime, parser.isAtEnd else { return nil }
        daylightSaving = DaylightSaving(
            offset: daylight, start: start, startTime: startTime, end: end, endTime: endTime)
    }

    /// Seconds east of UTC at the instant `utcSeconds`.
    func offset(at utcSeconds: Int64) -> Int64 {
        guard let dst = daylightSaving else { return standardOffset }
        let year = CivilTime(localSeconds: utcSeconds.addingReportingOverflow(standardOffset).partialValue)
            .year
        let start = Self.localSeconds(of: dst.start, in: year) + dst.startTime - standardOffset
        let end = Self.localSeconds(of: dst.end, in: year) + dst.endTime - dst.offset
        let inDaylightTime =
            start < end
            ? (utcSeconds >= start && utcSeconds < end)
            : (utcSeconds < end || utcSeconds >= start)
        return inDaylightTime ? dst.offset : standardOffset
    }

    /// Local midnight, in seconds since the epoch, of the rule's day in `year`.
    static func localSeconds(of date: TransitionDate, in year: Int64) -> Int64 {
        let newYear = CivilTime.epochDays(year: year, month: 1, day: 1)
        let day: Int64
        switch date {
        case .julianNoLeap(let number):
            let leapShift = CivilTime.isLeapYear(year) && number >= 60 ? 1 : 0
            day = newYear + Int64(number - 1 + leapShift)
        case .zeroBasedDay(let number):
            day = newYear + Int64(number)
        case .monthWeekDay(let month, let week, let weekday):
            let first = CivilTime.epochDays(year: year, month: month, day: 1)
            let firstWeekday = Int(CivilTime.floorModulo(first + 4, 7))
            var dayOfMonth = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let length = CivilTime.daysInMonth(year: year, month: month)
            while dayOfMonth > length { dayOfMonth -= 7 }
            day = first + Int64(dayOfMonth - 1)
        }
        return day * CivilTime.secondsPerDay
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { position >= bytes.count }

        func peek(_ character: Unicode.Scalar) -> Bool {
            position < bytes.count && bytes[position] == UInt8(ascii: character)
        }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard peek(character) else { return false }
            position += 1
            return true
        }

        /// A zone abbreviation: letters, or anything between `<` and `>`.
        mutating func skipName() -> Bool {
            if skip("<") {
                while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
                return skip(">")
            }
            let start = position
            while position < bytes.count, Self.isLetter(bytes[position]) { position += 1 }
            return position - start >= 3
        }

        /// `[+-]hh[:mm[:ss]]` in seconds, in the text's own sign convention.
        mutating func offset() -> Int64? {
            var sign: Int64 = 1
            if skip("-") {
                sign = -1
            } else {
                _ = skip("+")
            }
            guard let hours = number(), hours <= 167 else { return nil }
            var seconds = hours * 3600
            if skip(":") {
                guard let minutes = number(), minutes < 60 else { return nil }
                seconds += minutes * 60
                if skip(":") {
                    guard let secs = number(), secs < 60 else { return nil }
                    seconds += secs
                }
            }
            return sign * seconds
        }

        mutating func date() -> TransitionDate? {
            if skip("J") {
                guard let day = number(), (1...365).contains(day) else { return nil }
                return .julianNoLeap(Int(day))
            }
            if skip("M") {
                guard let month = number(), (1...12).contains(month), skip("."),
                    let week = number(), (1...5).contains(week), skip("."),
                    let weekday = number(), (0...6).contains(weekday)
                else { return nil }
                return .monthWeekDay(month: Int(month), week: Int(week), weekday: Int(weekday))
            }
            guard let day = number(), (0...365).contains(day) else { return nil }
            return .zeroBasedDay(Int(day))
        }

        mutating func number() -> Int64? {
            var value: Int64 = 0
            let start = position
            while position < bytes.count, (48...57).contains(bytes[position]), position - start < 4 {
                value = value * 10 + Int64(bytes[position] - 48)
                position += 1
            }
            return position == start ? nil : value
        }

        static func isLetter(_ byte: UInt8) -> Bool {
            (65...90).contains(byte) || (97...122).contains(byte)
        }
    }
}
