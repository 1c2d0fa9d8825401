import Foundation
import Testing

/// `comply eval` end to end: the built binary, its exit status, its standard output
/// (JSON) and its located messages on standard error.
@Suite struct EvalCommandTests {
    let comply: ComplyBinary
    let files: TemporaryFiles

    init() throws {
        comply = try ComplyBinary()
        files = try TemporaryFiles()
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    // MARK: results

    @Test func printsAnIntResult() throws {
        let run = try comply.run(["eval", "1 + 2"])
        #expect(run.status == 0)
        #expect(run.stdout == "3\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func packPluginsAreAvailable() throws {
        // An expression copied from a pack must evaluate here as it does there.
        let run = try comply.run([
            "eval", "[hs.heading('080450'), decimal.ge(origin.rvc(100.0, 60.0), 40.0)]", "--compact",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "[\"0804\", true]\n")
    }

    @Test func readsTheExampleInput() throws {
        let run = try comply.run([
            "eval", "product.fob_value * 0.4", "--input", "Examples/inputs/mango-export.yaml",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "1200.0\n")
    }

    @Test func yamlStringsStayStrings() throws {
        let run = try comply.run([
            "eval", "[product.hs_code, product.exports[2].market]", "--input",
            "Examples/inputs/mango-export.yaml",
            "--compact",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "[\"080450\", \"NO\"]\n")
    }

    @Test func readsAJSONInput() throws {
        let path = try files.write("in.json", #"{"rvc": 42.5, "threshold": 40, "origin": {"country": "VN"}}"#)
        let run = try comply.run([
            "eval", "rvc >= double(threshold) && origin.country == 'VN'", "--input", path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "true\n")
    }

    @Test func varValuesAreYAMLScalars() throws {
        let run = try comply.run([
            "eval", "[type(n) == int, type(s) == string, s + string(n), xs.size()]", "--var", "n=3", "--var",
            "s=abc",
            "--var", "xs=[1, 2]", "--compact",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "[true, true, \"abc3\", 2]\n")
    }

    @Test func varOverridesAnInputKey() throws {
        let path = try files.write("in.yaml", "market: CN\n")
        let run = try comply.run(["eval", "market", "--input", path, "--var", "market=AU"])
        #expect(run.stdout == "\"AU\"\n")
    }

    @Test func jsonFormsOfCELValues() throws {
        let expression = """
            {"bytes": b"\\x00\\x01", "inf": 1.0/0.0, "nan": 0.0/0.0, "uint": 18446744073709551615u, \
            "when": timestamp("2026-06-01T08:30:00Z"), "wait": duration("90s"), "type": type(1), \
            "none": optional.none(), "some": optional.of(2), 1: "int key", true: "bool key"}
            """
        let run = try comply.run(["eval", expression])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try json(run.stdout) as? [String: Any])
        #expect(object["bytes"] as? String == "AAE=")
        #expect(object["inf"] as? String == "Infinity")
        #expect(object["nan"] as? String == "NaN")
        #expect((object["uint"] as? NSNumber)?.uint64Value == UInt64.max)
        #expect(object["when"] as? String == "2026-06-01T08:30:00Z")
        #expect(object["wait"] as? String == "90s")
        #expect(object["type"] as? String == "int")
        #expect(object["none"] is NSNull)
        #expect(object["some"] as? Int == 2)
        #expect(object["1"] as? String == "int key")
        #expect(object["true"] as? String == "bool key")
    }

    @Test func mapsPrintInInsertionOrder() throws {
        let run = try comply.run(["eval", "{'z': 1, 'a': [1.5, 'x']}"])
        #expect(run.stdout == "{\n  \"z\": 1,\n  \"a\": [\n    1.5,\n    \"x\"\n  ]\n}\n")
    }

    @Test func anUnknownResultListsItsAttributes() throws {
        let run = try comply.run([
            "eval", "product.growing_area_code.startsWith('VN') && product.quantity_kg > 0",
            "--input", "Examples/inputs/mango-export.yaml", "--unknown", "product.growing_area_code",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try json(run.stdout) as? [String: Any])
        #expect(object["unknown"] as? [String] == ["product.growing_area_code"])
    }

    @Test func anUnknownRootNeedsNoInput() throws {
        let run = try comply.run(["eval", "profile.rvc >= 40.0", "--unknown", "profile", "--compact"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("{\"unknown\": [\"profile"))
    }

    @Test func traceShowsSubExpressionValuesAfterTheResult() throws {
        let run = try comply.run([
            "eval", "product.fob_value * 0.4 >= 1000.0", "--input", "Examples/inputs/mango-export.yaml",
            "--trace",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "true")
        #expect(lines.contains { $0.hasPrefix("product.fob_value ") && $0.hasSuffix("  = 3000.0") })
        #expect(lines.contains { $0.hasPrefix("product.fob_value * 0.4 ") && $0.hasSuffix("= 1200.0") })
        #expect(lines.last?.hasSuffix("= true") == true)
        #expect(!run.stdout.contains("\u{1B}["), "no colour under NO_COLOR or off a terminal")
    }

    // MARK: errors

    @Test func aSyntaxErrorIsReportedWithACaretAndExitsTwo() throws {
        let run = try comply.run(["eval", "1 + (2"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("<expression>:1:"))
        #expect(run.stderr.contains(" | 1 + (2"))
        #expect(run.stderr.contains("^"))
    }

    @Test func anUndeclaredVariableIsACompileError() throws {
        let run = try comply.run(["eval", "prodcut.hs_code", "--input", "Examples/inputs/mango-export.yaml"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("<expression>:1:1"))
    }

    @Test func aTypeErrorIsCaughtBeforeEvaluation() throws {
        let run = try comply.run(["eval", "n + 'x'", "--var", "n=3"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("ERROR: <expression>:1:"))
    }

    @Test func anEvaluationErrorExitsOne() throws {
        let run = try comply.run(["eval", "n / 0", "--var", "n=3"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("error: "))
        #expect(run.stderr.contains(" | n / 0"))
    }

    @Test func aMalformedInputIsLocatedAndExitsTwo() throws {
        let path = try files.write("broken.yaml", "product:\n  name: mango\n  exports: [CN, AU\n")
        let run = try comply.run(["eval", "product", "--input", path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        let location = try #require(run.stderr.split(separator: ":").dropFirst().first)
        #expect(Int(location) != nil, "stderr starts with file:line:col: \(run.stderr)")
        #expect(run.stderr.hasPrefix("\(path):"))
        #expect(run.stderr.contains(": error: "))
    }

    @Test func aDuplicateKeyNamesBothLines() throws {
        let path = try files.write("dup.yaml", "market: CN\nmarket: AU\n")
        let run = try comply.run(["eval", "market", "--input", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(path):2:1: error: "))
        #expect(run.stderr.contains("line 1"))
    }

    @Test func aMissingInputFileExitsTwo() throws {
        let run = try comply.run([
            "eval", "1", "--input", files.directory.appendingPathComponent("none.yaml").path,
        ])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("none.yaml: error: "))
    }

    @Test func aTopLevelListIsLocated() throws {
        let path = try files.write("list.yaml", "# products\n- mango\n- longan\n")
        let run = try comply.run(["eval", "1", "--input", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(path):2:1: error: the input's top level must be a mapping"))
    }

    @Test func aKeyThatCannotBeAVariableIsLocated() throws {
        let path = try files.write("keys.yaml", "ok: 1\nhs-code: \"0804\"\n")
        let run = try comply.run(["eval", "ok", "--input", path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(path):2:1: error: "))
    }

    @Test func aBadVarIsAUsageError() throws {
        let missingEquals = try comply.run(["eval", "x", "--var", "x"])
        #expect(missingEquals.status == 2)
        #expect(missingEquals.stderr.contains("expected name=VALUE"))
        let badYAML = try comply.run(["eval", "x", "--var", "x=[1, 2"])
        #expect(badYAML.status == 2)
        #expect(badYAML.stderr.hasPrefix("--var x:"))
        #expect(badYAML.stderr.contains(": error: "))
    }

    @Test func aMissingExpressionIsAUsageError() throws {
        let run = try comply.run(["eval"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Missing expected argument"))
    }
}
