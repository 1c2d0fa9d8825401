import Foundation
import Testing

@testable import CEL

@Suite("Time zones and civil time")
struct TimeZoneTests {
    /// 2009-02-13T23:31:30Z.
    private let instant = Timestamp(seconds: 1_234_567_890)

    private static let hasZoneDatabase = FileManager.default.fileExists(
        atPath: "/usr/share/zoneinfo/Asia/Ho_Chi_Minh")

    private func civil(_ zone: String, at timestamp: Timestamp? = nil) throws -> CivilTime {
        let resolved = try CELTimeZone.named(zone).get()
        return (timestamp ?? instant).civilTime(in: resolved)
    }

    @Test("civil time from seconds, including before the epoch")
    func civilTime() {
        let date = CivilTime(localSeconds: 1_234_567_890)
        #expect(date.year == 2009 && date.month == 2 && date.day == 13)
        #expect(date.hour == 23 && date.minute == 31 && date.second == 30)
        #expect(date.dayOfWeek == 5 && date.dayOfYear == 43)
        let first = CivilTime(localSeconds: Timestamp.minSeconds)
        #expect(first.year == 1 && first.month == 1 && first.day == 1 && first.dayOfWeek == 1)
        let leap = CivilTime(localSeconds: CivilTime.epochDays(year: 2000, month: 12, day: 31) * 86_400)
        #expect(leap.dayOfYear == 365)
        #expect(CivilTime(localSeconds: -1).second == 59)
    }

    @Test("fixed offsets, with or without a sign")
    func fixedOffsets() throws {
        #expect(try civil("+05:30").hour == 5)
        #expect(try civil("+05:30").minute == 1)
        #expect(try civil("-08:00").hour == 15)
        #expect(try civil("02:00").hour == 1)
        #expect(try civil("-00:00").hour == 23)
        #expect(try civil("UTC").day == 13)
        #expect(try civil("+11:00").day == 14)
    }

    @Test("rejects malformed offsets and unknown or suspicious names")
    func invalid() {
        for name in ["+5:3", "+24:00", "abc:de", "Mars/Olympus_Mons", "../../etc/passwd", "/etc/passwd", ""] {
            guard case .failure = CELTimeZone.named(name) else {
                Issue.record("\(name) should not resolve")
                continue
            }
        }
    }

    @Test("IANA zones from the TZif database", .enabled(if: hasZoneDatabase))
    func namedZones() throws {
        let saigon = try civil("Asia/Ho_Chi_Minh")
        #expect(saigon.day == 14 && saigon.hour == 6 && saigon.minute == 31)
        #expect(try civil("Australia/Sydney").day == 14)
        #expect(try civil("US/Central").day == 13)
        #expect(try civil("Asia/Kathmandu").minute == 16)
        let stJohns = try civil("America/St_Johns", at: Timestamp(seconds: 1_234_490_400))
        #expect(stJohns.day == 12 && stJohns.hour == 22 && stJohns.minute == 30)
    }

    @Test(
        "daylight saving time after the last transition follows the POSIX rule", .enabled(if: hasZoneDatabase)
    )
    func daylightSaving() throws {
        // 2030-07-01T12:00:00Z: PDT (UTC-7); 2030-01-01T12:00:00Z: PST (UTC-8).
        #expect(try civil("America/Los_Angeles", at: Timestamp(seconds: 1_909_137_600)).hour == 5)
        #expect(try civil("America/Los_Angeles", at: Timestamp(seconds: 1_893_499_200)).hour == 4)
        // Southern hemisphere: Sydney is on AEDT (UTC+11) in January, AEST (UTC+10) in July.
        #expect(try civil("Australia/Sydney", at: Timestamp(seconds: 1_893_499_200)).hour == 23)
        #expect(try civil("Australia/Sydney", at: Timestamp(seconds: 1_909_137_600)).hour == 22)
    }

    @Test("POSIX rules parse the forms zone files use")
    func posixRules() {
        #expect(POSIXTimeZoneRule("<+07>-7")?.standardOffset == 25_200)
        #expect(POSIXTimeZoneRule("<+0545>-5:45")?.standardOffset == 20_700)
        let stJohns = POSIXTimeZoneRule("NST3:30NDT,M3.2.0,M11.1.0")
        #expect(stJohns?.standardOffset == -12_600)
        #expect(stJohns?.daylightSaving?.offset == -9_000)
        #expect(POSIXTimeZoneRule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0")?.daylightSaving?.startTime == -3600)
        #expect(POSIXTimeZoneRule("EST5EDT,J60/2,300") != nil)
        #expect(POSIXTimeZoneRule("X5") == nil)
        #expect(POSIXTimeZoneRule("EST5EDT,M13.1.0,M11.1.0") == nil)
    }

    @Test("malformed TZif data is rejected, not trusted")
    func malformedZoneInfo() {
        #expect(ZoneInfo(tzif: []) == nil)
        #expect(ZoneInfo(tzif: Array("TZif2".utf8) + [UInt8](repeating: 0xFF, count: 60)) == nil)
        var header = Array("TZif2".utf8) + [UInt8](repeating: 0, count: 15)
        header += [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0, 0]
        #expect(ZoneInfo(tzif: header) == nil)
    }
}
