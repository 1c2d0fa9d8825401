import CEL

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes values for people, in their language's conventions: `1,234,567.5` in English,
/// `1.234.567,5` in Vietnamese; dates as `1 June 2026` or `01/06/2026`.
public enum ValueFormatter {
    /// `value` as the format asks; values of another kind than the format expects are
    /// written plainly rather than refused, since a message must still be readable.
    public static func format(_ value: Value, _ format: ValueFormat, language: Language) -> String {
        switch format {
        case .plain:
            return plain(value, language: language)
        case .number(let places):
            guard let decimal = ExactDecimal(value) else { return plain(value, language: language) }
            return number(decimal, places: places, language: language)
        case .percent(let places):
            guard let decimal = ExactDecimal(value) else { return plain(value, language: language) }
            return number(decimal, places: places, language: language) + " %"
        case .money(let currency):
            guard let decimal = ExactDecimal(value) else { return plain(value, language: language) }
            let places = currency.map(minorUnits) ?? 2
            let amount = number(decimal, places: places, language: language)
            return currency.map { "\(amount) \($0)" } ?? amount
        case .date:
            return date(value, language: language) ?? plain(value, language: language)
        case .list:
            guard case .list(let items) = value else { return plain(value, language: language) }
            return items.map { plain($0, language: language) }.joined(separator: ", ")
        }
    }

    /// Grouped digits; exactly `places` decimals when given, otherwise up to 6 without
    /// trailing zeros.
    public static func number(_ value: ExactDecimal, places: Int?, language: Language) -> String {
        let rounded = value.rounded(places: places ?? 6)
        let (negative, integer, fraction) = rounded.parts
        var decimals = fraction
        if let places, decimals.count < places {
            decimals += String(repeating: "0", count: places - decimals.count)
        }
        let (group, point): (Character, String) = language == .vi ? (".", ",") : (",", ".")
        var grouped = ""
        for (index, digit) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { grouped.append(group) }
            grouped.append(digit)
        }
        let sign = negative ? "-" : ""
        return decimals.isEmpty ? sign + grouped : sign + grouped + point + decimals
    }

    /// A value written plainly: text as is, numbers in the locale, dates as dates, lists
    /// joined; missing values as a dash.
    public static func plain(_ value: Value, language: Language) -> String {
        switch value {
        case .string(let text): return text
        case .int, .uint, .double:
            guard let decimal = ExactDecimal(value) else { return value.description }
            return number(decimal, places: nil, language: language)
        case .bool(let flag):
            switch language {
            case .en: return flag ? "yes" : "no"
            case .vi: return flag ? "có" : "không"
            }
        case .timestamp: return date(value, language: language) ?? value.description
        case .list(let items): return items.map { plain($0, language: language) }.joined(separator: ", ")
        case .null, .unknown, .error: return "—"
        case .optional(let wrapped): return wrapped.map { plain($0, language: language) } ?? "—"
        default: return value.description
        }
    }

    /// Decimals of an amount in `currency`: none for the currencies without minor units in
    /// daily use.
    static func minorUnits(_ currency: String) -> Int {
        ["VND", "JPY", "KRW", "LAK", "KHR", "IDR"].contains(currency) ? 0 : 2
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static func date(_ value: Value, language: Language) -> String? {
        let day: CivilDate
        switch value {
        case .timestamp(let timestamp):
            day = CivilDate(Date(timeIntervalSince1970: Double(timestamp.seconds)))
        case .string(let text):
            guard let parsed = CivilDate(text) else { return nil }
            day = parsed
        default:
            return nil
        }
        switch language {
        case .en: return "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
        case .vi:
            let text = day.description
            let parts = text.split(separator: "-")
            guard parts.count == 3 else { return text }
            return "\(parts[2])/\(parts[1])/\(parts[0])"
        }
    }
}
