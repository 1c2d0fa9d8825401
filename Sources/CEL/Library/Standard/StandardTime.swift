extension StandardLibrary {
    /// The timestamp accessors (`getFullYear` … `getMilliseconds`), each in UTC
    /// or in a time zone argument, and the duration accessors.
    static var time: [Function] {
        [
            accessor("getFullYear", "timestamp_to_year", "timestamp_to_year_with_tz") { $0.year },
            accessor("getMonth", "timestamp_to_month", "timestamp_to_month_with_tz") { Int64($0.month - 1) },
            accessor("getDayOfYear", "timestamp_to_day_of_year", "timestamp_to_day_of_year_with_tz") {
                Int64($0.dayOfYear)
            },
            accessor("getDayOfMonth", "timestamp_to_day_of_month", "timestamp_to_day_of_month_with_tz") {
                Int64($0.day - 1)
            },
            accessor(
                "getDate", "timestamp_to_day_of_month_1_based", "timestamp_to_day_of_month_1_based_with_tz"
            ) { Int64($0.day) },
            accessor("getDayOfWeek", "timestamp_to_day_of_week", "timestamp_to_day_of_week_with_tz") {
                Int64($0.dayOfWeek)
            },
            accessor(
                "getHours", "timestamp_to_hours", "timestamp_to_hours_with_tz",
                duration: ("duration_to_hours", { $0 / 3_600_000_000_000 })
            ) { Int64($0.hour) },
            accessor(
                "getMinutes", "timestamp_to_minutes", "timestamp_to_minutes_with_tz",
                duration: ("duration_to_minutes", { $0 / 60_000_000_000 })
            ) { Int64($0.minute) },
            accessor(
                "getSeconds", "timestamp_to_seconds", "timestamp_to_seconds_tz",
                duration: ("duration_to_seconds", { $0 / 1_000_000_000 })
            ) { Int64($0.second) },
            // A duration's milliseconds are the millisecond part of its fraction
            // (123.321456789s → 321), not its length in milliseconds.
            accessor(
                "getMilliseconds", "timestamp_to_milliseconds", "timestamp_to_milliseconds_with_tz",
                duration: ("duration_to_milliseconds", { $0 / 1_000_000 % 1000 })
            ) { Int64($0.nanosecond / 1_000_000) },
        ]
    }

    /// One accessor function: `timestamp.name()`, `timestamp.name(zone)` and,
    /// when `duration` is given, `duration.name()` (reading total nanoseconds).
    private static func accessor(
        _ name: String, _ utcID: String, _ zonedID: String,
        duration: (id: String, read: @Sendable (Int64) -> Int64)? = nil,
        _ read: @escaping @Sendable (CivilTime) -> Int64
    ) -> Function {
        let readDuration = duration?.read
        let body: @Sendable ([Value]) -> Value = { arguments in
            switch (arguments.count, arguments.first) {
            case (_, .timestamp(let timestamp)?) where !timestamp.isInCELRange:
                return .error(.timestampOutOfRange)
            case (1, .timestamp(let timestamp)?):
                return .int(read(timestamp.civilTime()))
            case (1, .duration(let span)?):
                guard let readDuration else { break }
                guard let nanoseconds = span.totalNanoseconds else { return .error(.durationOutOfRange) }
                return .int(readDuration(nanoseconds))
            case (2, .timestamp(let timestamp)?):
                guard case .string(let zoneName) = arguments[1] else { break }
                switch CELTimeZone.named(zoneName) {
                case .success(let zone): return .int(read(timestamp.civilTime(in: zone)))
                case .failure(let error): return .error(error)
                }
            default: break
            }
            return .error(.noSuchOverload(name, arguments))
        }
        var overloads = [
            Overload(utcID, [.timestamp], .int, member: true, implementation: .unary { body([$0]) }),
            Overload(
                zonedID, [.timestamp, .string], .int, member: true,
                implementation: .binary { body([$0, $1]) }),
        ]
        if let duration {
            overloads.append(
                Overload(duration.id, [.duration], .int, member: true, implementation: .unary { body([$0]) }))
        }
        return Function(name: name, overloads: overloads, dispatcher: .variadic(body))
    }
}
