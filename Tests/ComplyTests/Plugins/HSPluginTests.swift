import CEL
import Comply
import Testing

@Suite struct HSPluginTests {
    @Test func chapterHeadingSubheading() {
        #expect(Plugins.evaluate(#"hs.chapter("080450") == 8"#).celEquals(.bool(true)))
        #expect(Plugins.evaluate(#"hs.heading("0804.50")"#).celEquals(.string("0804")))
        #expect(Plugins.evaluate(#"hs.subheading("08045010")"#).celEquals(.string("080450")))
    }

    @Test func tooShortCodeIsAnErrorNotAGuess() {
        #expect(Plugins.isError(Plugins.evaluate(#"hs.heading("08")"#)))
        #expect(Plugins.isError(Plugins.evaluate(#"hs.chapter("x8")"#)))
    }

    @Test func prefixMatch() {
        #expect(Plugins.evaluate(#"hs.matches("080450", ["0810", "0804"])"#).celEquals(.bool(true)))
        #expect(Plugins.evaluate(#"hs.matches("080450", ["0805", "09"])"#).celEquals(.bool(false)))
    }

    @Test func validity() {
        #expect(Plugins.evaluate(#"hs.valid("080450")"#).celEquals(.bool(true)))
        #expect(Plugins.evaluate(#"hs.valid("80450")"#).celEquals(.bool(false)))
    }

    @Test func tariffShiftLevels() {
        // Mango juice (2009) from fresh mango (0804) changes chapter, heading and subheading.
        #expect(Plugins.evaluate(#"hs.tariff_shift("200989", ["080450"], "CC")"#).celEquals(.bool(true)))
        // Dried mango (0804.50 dried) from fresh mango: same heading, no CTH.
        #expect(
            Plugins.evaluate(#"hs.tariff_shift("080450", ["080450", "170199"], "CTH")"#).celEquals(
                .bool(false)))
        // Same chapter, other heading: CTH met, CC not.
        #expect(Plugins.evaluate(#"hs.tariff_shift("081190", ["080450"], "CTH")"#).celEquals(.bool(true)))
        #expect(Plugins.evaluate(#"hs.tariff_shift("081190", ["080450"], "CC")"#).celEquals(.bool(false)))
        #expect(Plugins.evaluate(#"hs.tariff_shift("081190", [], "CTSH")"#).celEquals(.bool(true)))
        #expect(Plugins.isError(Plugins.evaluate(#"hs.tariff_shift("081190", ["0804"], "CTSH")"#)))
        #expect(Plugins.isError(Plugins.evaluate(#"hs.tariff_shift("081190", [], "HEADING")"#)))
    }

    @Test func typeCheckerRejectsWrongArguments() {
        #expect(Plugins.isError(Plugins.evaluate("hs.chapter(80450)")))
    }
}
