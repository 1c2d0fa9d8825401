import Comply
import Testing

@Suite struct ExactDecimalTests {
    @Test func readsDoublesByTheirShortestText() throws {
        #expect(ExactDecimal(0.1)?.description == "0.1")
        #expect(ExactDecimal(1e-5)?.description == "0.00001")
        #expect(ExactDecimal(1.5e20)?.description == "150000000000000000000")
        #expect(ExactDecimal(Double.nan) == nil)
    }

    @Test func dividesAndRounds() throws {
        let two = ExactDecimal(Int64(2))
        let three = ExactDecimal(Int64(3))
        #expect(two.dividing(by: three, places: 4)?.description == "0.6667")
        #expect(two.dividing(by: ExactDecimal.zero, places: 4) == nil)
    }

    @Test func comparesAcrossScales() throws {
        let forty = try #require(ExactDecimal(40.0))
        #expect(forty == ExactDecimal(Int64(40)))
        #expect(try #require(ExactDecimal(39.99)) < forty)
    }
}
