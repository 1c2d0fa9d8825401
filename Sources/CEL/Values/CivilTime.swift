/// A date and time of day on the proleptic Gregorian calendar, broken down from
/// seconds since the epoch in some zone: what the timestamp accessors read.
///
/// The day arithmetic is Howard Hinnant's `days_from_civil`/`civil_from_days`,
/// exact for every year CEL allows and needing no calendar library.
struct CivilTime: Sendable, Hashable {
    var year: Int64
    /// 1 ... 12.
    var month: Int
    /// 1 ... 31.
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    var nanosecond: Int32
    /// 0 (Sunday) ... 6 (Saturday).
    var dayOfWeek: Int
    /// 0 ... 365.
    var dayOfYear: Int

    static let secondsPerDay: Int64 = 86_400

    /// The civil time `localSeconds` after 1970-01-01T00:00:00 local time.
    init(localSeconds: Int64, nanosecond: Int32 = 0) {
        // Far beyond CEL's years 1-9999, but keeps the day arithmetic clear of
        // overflow for any timestamp a host might construct.
        let bound: Int64 = 1 << 55
        let seconds = min(max(localSeconds, -bound), bound)
        let days = Self.floorDivide(seconds, Self.secondsPerDay)
        let secondOfDay = Int(seconds - days * Self.secondsPerDay)
        let (year, month, day) = Self.civil(fromEpochDays: days)
        self.year = year
        self.month = month
        self.day = day
        self.hour = secondOfDay / 3600
        self.minute = secondOfDay / 60 % 60
        self.second = secondOfDay % 60
        self.nanosecond = nanosecond
        self.dayOfWeek = Int(Self.floorModulo(days + 4, 7))
        self.dayOfYear = Int(days - Self.epochDays(year: year, month: 1, day: 1))
    }

    /// Days from 1970-01-01 to the given date (negative before it).
    static func epochDays(year: Int64, month: Int, day: Int) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func civil(fromEpochDays days: Int64) -> (year: Int64, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        let month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func isLeapYear(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(year: Int64, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    static func floorModulo(_ value: Int64, _ divisor: Int64) -> Int64 {
        value - floorDivide(value, divisor) * divisor
    }
}
