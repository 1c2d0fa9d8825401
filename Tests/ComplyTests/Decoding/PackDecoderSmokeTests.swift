import CEL
import Comply
import Testing
import YAML

@Suite struct PackDecoderSmokeTests {
    @Test func decodesASmallSingleFilePack() throws {
        let yaml = """
            pack: vn.sps.cn-fresh-fruit
            version: 1.0.0
            title: {en: "China fruit", vi: "Trái cây Trung Quốc"}
            domain: sps
            disclaimer: Guidance, not legal advice.
            sources:
              gacc-248: {title: "GACC Decree 248", url: "https://example.org/248"}
            checks:
              - id: area-code
                title: Growing area registered
                for_each: {product: products}
                when: |
                  product.hs_code.startsWith("08")
                require: has(product.growing_area_code)
                cite: [{source: gacc-248, article: "Art. 7"}]
            """
        let result = PackDecoder().decode(yaml: yaml, file: "p.pack.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let pack = try #require(result.usablePack)
        #expect(pack.checks.first?.when?.source.origin?.line == 13)
    }
}
