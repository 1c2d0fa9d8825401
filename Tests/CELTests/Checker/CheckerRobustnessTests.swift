import Testing

@testable import CEL

/// The checker must never crash on what the parser accepts, and every diagnostic it
/// makes must point into the expression it checked.
@Suite("Checker: robustness")
struct CheckerRobustnessTests {
    static let seeds = [
        "product.hs_code.startsWith('0804') && size(exports) > 0",
        "exports.all(e, e.market in ['CN', 'JP'] && e.value * 2.0 > 1.0)",
        "{'a': [1, 2u, 3.0], 'b': {?'c': optional.of(null)}}.a[0] == dyn(1)",
        "[1, 2].map(x, [x].filter(y, y > x)).exists(l, size(l) == 0) ? type(1) : int",
        "math.greatest(1, 2) + a.b.c - m.?k.orValue(0) % [1][?0].value()",
        "{'k': 1}.transformMap(k, v, v + 1).exists(i, v, i == 'k' && has(m.x))",
        "google.protobuf.Timestamp == type(timestamp(0)) || Msg{f: 1}.f == 1",
    ]

    /// Every prefix and every single-character deletion of the seeds: mostly broken
    /// expressions, some of which still parse and then exercise the checker's error paths.
    static var variants: [String] {
        var result: [String] = []
        for seed in seeds {
            let scalars = Array(seed.unicodeScalars)
            for end in 1...scalars.count {
                result.append(String(String.UnicodeScalarView(scalars[0..<end])))
            }
            for removed in scalars.indices {
                var copy = scalars
                copy.remove(at: removed)
                result.append(String(String.UnicodeScalarView(copy)))
            }
        }
        return result
    }

    @Test("parsed variants check or fail with diagnostics inside the source")
    func variantsNeverCrash() throws {
        let environment = CheckerTestLibrary.environment(
            ["product": .map(.string, .dyn), "exports": .list(.map(.string, .dyn)), "m": .map(.string, .int)])
        var checkedCount = 0
        var rejectedCount = 0
        for text in Self.variants {
            guard let parsed = try? environment.parse(text) else { continue }
            do {
                let ast = try environment.check(parsed)
                #expect(ast.types[ast.root.id] != nil, "\(text)")
                checkedCount += 1
            } catch {
                rejectedCount += 1
                #expect(!error.diagnostics.isEmpty)
                let length = parsed.source.scalars.count
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.phase == .check)
                    #expect(
                        diagnostic.span.start >= 0 && diagnostic.span.end <= length, "\(text): \(diagnostic)")
                }
            }
        }
        #expect(checkedCount > 0)
        #expect(rejectedCount > 0)
    }
}
