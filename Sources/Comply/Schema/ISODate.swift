import CEL

/// Calendar dates written `YYYY-MM-DD`, as CEL timestamps at 00:00 UTC.
///
/// Profiles and tables are about days, not instants, so a date is the midnight that starts
/// it in UTC: `2026-06-01` is `timestamp("2026-06-01T00:00:00Z")`, and two dates differ by
/// whole days.
enum ISODate {
    /// The timestamp of a date, or nil unless `text` is exactly a valid `YYYY-MM-DD` date
    /// (years 0001–9999, as CEL timestamps allow).
    static func timestamp(_ text: String) -> Timestamp? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        guard let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7]),
            let day = digits(bytes[8..<10]),
            year >= 1, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return Timestamp(seconds: daysSinceEpoch(year: year, month: month, day: day) * 86_400)
    }

    private static func digits(_ slice: ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        for byte in slice {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// days_from_civil), for years from 1 on.
    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
