import CEL
import Comply
import Foundation
import Testing

@Suite struct CivilDateTests {
    @Test func parsesOnlyRealDaysInYYYYMMDD() {
        #expect(CivilDate("2026-06-01") == CivilDate(year: 2026, month: 6, day: 1))
        #expect(CivilDate("2024-02-29") != nil)
        #expect(CivilDate("2026-02-29") == nil)
        #expect(CivilDate("2100-02-29") == nil)
        #expect(CivilDate("2000-02-29") != nil)
        #expect(CivilDate("2026-13-01") == nil)
        #expect(CivilDate("2026-6-1") == nil)
        #expect(CivilDate("01/06/2026") == nil)
        #expect(CivilDate("2026-06-01T00:00:00Z") == nil)
        #expect(CivilDate("") == nil)
    }

    @Test func ordersByCalendar() throws {
        let early = try #require(CivilDate("2025-12-31"))
        let late = try #require(CivilDate("2026-01-01"))
        #expect(early < late)
        #expect(early.next == late)
        #expect(late.description == "2026-01-01")
    }

    @Test func isAMidnightUTCTimestamp() throws {
        #expect(try #require(CivilDate("1970-01-01")).timestamp == Timestamp(seconds: 0))
        #expect(try #require(CivilDate("2026-06-01")).timestamp == Timestamp(seconds: 1_780_272_000))
        #expect(try #require(CivilDate("1969-12-31")).timestamp == Timestamp(seconds: -86_400))
        #expect(try #require(CivilDate("2026-06-01")).epochDays == 20_605)
    }

    @Test func fromAFoundationDateInUTC() {
        #expect(CivilDate(Date(timeIntervalSince1970: 1_780_272_000 + 86_399)) == CivilDate("2026-06-01"))
        #expect(CivilDate(Date(timeIntervalSince1970: -1)) == CivilDate("1969-12-31"))
    }
}

@Suite struct EffectiveWindowTests {
    @Test func bothEndsAreInclusiveAndEitherMayBeOpen() throws {
        let window = EffectiveWindow(from: CivilDate("2022-01-01"), to: CivilDate("2030-12-31"))
        #expect(window.contains(try #require(CivilDate("2022-01-01"))))
        #expect(window.contains(try #require(CivilDate("2030-12-31"))))
        #expect(!window.contains(try #require(CivilDate("2021-12-31"))))
        #expect(!window.contains(try #require(CivilDate("2031-01-01"))))
        #expect(
            EffectiveWindow(from: CivilDate("2022-01-01")).contains(try #require(CivilDate("9999-12-31"))))
        #expect(EffectiveWindow().contains(try #require(CivilDate("0001-01-01"))))
    }
}
