import CEL
import Comply
import Testing

@Suite struct DecimalPluginTests {
    @Test func comparisonsIgnoreBinaryNoise() {
        #expect(Plugins.evaluate("57.0 / 100.0 * 100.0 >= 57.0").celEquals(.bool(false)))
        #expect(Plugins.evaluate("decimal.ge(57.0 / 100.0 * 100.0, 57.0)").celEquals(.bool(true)))
        #expect(Plugins.evaluate("decimal.eq(0.1 + 0.2, 0.3)").celEquals(.bool(true)))
        #expect(Plugins.evaluate("decimal.lt(39.9999, 40)").celEquals(.bool(true)))
    }

    @Test func exactArithmetic() {
        #expect(Plugins.evaluate("decimal.add(0.1, 0.2)").celEquals(.double(0.3)))
        #expect(Plugins.evaluate("decimal.mul(0.57, 100)").celEquals(.double(57)))
        #expect(Plugins.evaluate("decimal.sum([0.1, 0.2, 0.3])").celEquals(.double(0.6)))
        #expect(Plugins.evaluate("decimal.percent(57, 100)").celEquals(.double(57)))
        #expect(Plugins.isError(Plugins.evaluate("decimal.div(1, 0)")))
    }

    @Test func roundsHalfAwayFromZero() {
        #expect(Plugins.evaluate("decimal.round(2.345, 2)").celEquals(.double(2.35)))
        #expect(Plugins.evaluate("decimal.round(-2.5, 0)").celEquals(.double(-3)))
    }
}
