import Comply
import Testing

@Suite struct LocalizedTextTests {
    @Test func picksTheLanguageAndFallsBackToEnglish() {
        let both = LocalizedText(translations: [.en: "Mango", .vi: "Xoài"])
        #expect(both.text(in: .vi) == "Xoài")
        #expect(both.text(in: .en) == "Mango")
        let english = LocalizedText("Mango")
        #expect(english.text(in: .vi) == "Mango")
        #expect(english.description == "Mango")
    }

    @Test func withoutEnglishStillShowsSomething() {
        let vietnamese = LocalizedText(translations: [.vi: "Xoài"])
        #expect(vietnamese.text(in: .en) == "Xoài")
        #expect(LocalizedText(translations: [:]).text(in: .vi) == "")
    }

    @Test func plainStringsInAPackAreEnglish() throws {
        let result = decodePack(
            """
            pack: vn.test.pack
            version: 1.0.0
            title: Plain title
            description: {en: Both, vi: Cả hai}
            domain: other
            disclaimer: Guidance.
            checks: [{id: a, title: A, require: "true"}]
            """)
        let pack = try #require(result.usablePack)
        #expect(pack.title.translations == [.en: "Plain title"])
        #expect(pack.title.text(in: .vi) == "Plain title")
        #expect(pack.description?.text(in: .vi) == "Cả hai")
        #expect(pack.title.range.start.line == 3)
    }
}
