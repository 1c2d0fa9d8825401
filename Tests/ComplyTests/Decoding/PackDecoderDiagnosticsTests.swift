import Comply
import Testing

/// Each kind of mistake is reported where it was made, with a hint, and all at once.
@Suite struct PackDecoderDiagnosticsTests {
    @Test func unknownKeysSuggestTheNearestAllowedKey() {
        let result = decodePack(
            packHeader + """
                checks:
                  - id: a
                    title: A
                    require: "true"
                    severty: warning
                """)
        #expect(
            rendered(result.diagnostics) == [
                "10:5 unknown key \"severty\" in a check | did you mean \"severity\"?"
            ])
        #expect(result.usablePack == nil)
    }

    @Test func unknownKeyWithoutANearMissListsTheAllowedKeys() {
        let result = decodePack(packHeader + "zebra: 1\n")
        let lines = rendered(result.diagnostics)
        #expect(
            lines.first?.hasPrefix(
                "6:1 unknown key \"zebra\" in the pack | the pack may have: pack, version,") == true)
    }

    @Test func wrongNodeKindsNameWhatWasExpected() {
        let result = decodePack(
            """
            pack: vn.test.pack
            version: 1.0.0
            title: [English, Vietnamese]
            domain: other
            disclaimer: {en: Guidance.}
            checks: {id: a}
            """)
        #expect(
            rendered(result.diagnostics) == [
                "3:8 expected the title of the pack as a string or a mapping of language codes to text, found a sequence | write one text, or {en: \"...\", vi: \"...\"}",
                "6:9 expected checks as a sequence, found a mapping | write each check as a `- id: ...` item",
            ])
    }

    @Test func missingRequiredFieldsAreReportedAtTheMapping() {
        let result = decodePack(
            """
            version: 1.0.0
            title: Test
            domain: other
            checks:
              - id: a
                require: "true"
            """)
        #expect(
            rendered(result.diagnostics) == [
                "1:1 the pack is missing the required key \"pack\" | name the pack, e.g. pack: vn.sps.cn-fresh-fruit",
                "1:1 the pack is missing the required key \"disclaimer\" | say that the pack is guidance, not legal advice",
                "5:5 a check is missing the required key \"title\"",
            ])
        #expect(result.pack == nil)
    }

    @Test func invalidIdsSuggestAValidSpelling() {
        let result = decodePack(
            """
            pack: VN_SPS China
            version: 1.0.0
            title: Test
            domain: other
            disclaimer: Guidance.
            checks:
              - {id: Growing Area, title: A, require: "true"}
            """)
        #expect(
            rendered(result.diagnostics) == [
                "1:7 \"VN_SPS China\" is not a valid pack id | use lower-case letters, digits, '.' and '-', e.g. \"vn-sps-china\"",
                "7:10 \"Growing Area\" is not a valid check id | use lower-case letters, digits, '-', '_' and '.', starting with a letter or digit, e.g. \"growing-area\"",
            ])
    }

    @Test func duplicateCheckIdsNameTheFirst() {
        let result = decodePack(
            packHeader + """
                checks:
                  - {id: a, title: A, require: "true"}
                  - {id: b, title: B, require: "true"}
                  - {id: a, title: A again, require: "false"}
                """)
        #expect(
            rendered(result.diagnostics) == [
                "9:10 the check id \"a\" is already used (first at t.pack.yaml:7:10) | check ids must be unique in a pack; rename one"
            ])
    }

    @Test func citationsOfUndefinedSourcesSuggestTheClosest() {
        let result = decodePack(
            packHeader + """
                sources:
                  gacc-248: {title: Decree 248}
                checks:
                  - id: a
                    title: A
                    require: "true"
                    cite: [{source: gacc-284, article: "Art. 7"}, nowhere]
                """)
        #expect(
            rendered(result.diagnostics) == [
                "12:21 check \"a\" cites the source \"gacc-284\", which the pack does not define | did you mean \"gacc-248\"?",
                "12:51 check \"a\" cites the source \"nowhere\", which the pack does not define | the pack's sources are gacc-248",
            ])
    }

    @Test func badSemanticVersionsSuggestThreeParts() {
        let result = decodePack(
            """
            pack: vn.test.pack
            version: 1.0
            title: Test
            domain: other
            disclaimer: Guidance.
            requires: {plugins: {hs: "at least one"}}
            """)
        #expect(
            rendered(result.diagnostics) == [
                "2:10 \"1.0\" is not a semantic version | write three numbers, e.g. 1.0.0",
                "6:26 \"at least one\" is not a version range for plugin \"hs\" | write e.g. \">=1\", \">=1.2 <2\", \"^1.4\" or \"1.x\"",
            ])
    }

    @Test func badDatesAndWindowsAreLocated() {
        let result = decodePack(
            packHeader + """
                reviewed: 2026-02-30
                effective: {from: 2030-01-01, to: 2022-12-31}
                checks:
                  - {id: a, title: A, require: "true", effective: {from: 1/6/2026}}
                """)
        #expect(
            rendered(result.diagnostics) == [
                "6:11 \"2026-02-30\" is not a valid date for reviewed | write dates as YYYY-MM-DD, e.g. 2026-06-01",
                "7:35 the effective window of the pack ends (2022-12-31) before it starts (2030-01-01) | both ends are inclusive; swap them or fix the year",
                "9:58 \"1/6/2026\" is not a valid date for the start of the effective window of check \"a\" | write dates as YYYY-MM-DD, e.g. 2026-06-01",
            ])
    }

    @Test func unknownEnumerationValuesSuggestAKnownOne() {
        let result = decodePack(
            """
            pack: vn.test.pack
            version: 1.0.0
            title: Test
            domain: trade_remedy
            disclaimer: Guidance.
            checks:
              - {id: a, title: A, require: "true", severity: eror}
              - {id: b, title: B, require: "true", severity: fatal}
            """)
        #expect(
            rendered(result.diagnostics) == [
                "4:9 unknown domain \"trade_remedy\" | did you mean \"trade-remedy\"?",
                "7:50 unknown severity \"eror\" | did you mean \"error\"?",
                "8:50 unknown severity \"fatal\" | use one of: error, warning, info",
            ])
    }

    @Test func testExpectationsNamingUnknownChecksOrStatuses() {
        let result = decodePack(
            packHeader + """
                checks:
                  - {id: area-code, title: A, require: "true"}
                tests:
                  - name: t
                    profile: {products: []}
                    expect:
                      area-cod: pass
                      area-code: passed
                      "area-code[products[0]": fail
                """)
        #expect(
            rendered(result.diagnostics) == [
                "12:7 test \"t\" expects a status of \"area-cod\", which is not a check of this pack | did you mean \"area-code\"?",
                "13:18 unknown status \"passed\" | did you mean \"pass\"?",
                "14:7 \"area-code[products[0]\" is not a check id with a subject | write check-id[path], e.g. \"my-check[products[0].exports[1]]\"",
            ])
    }

    @Test func localizedTextRequiresEnglishAndKnownLanguages() {
        let result = decodePack(
            """
            pack: vn.test.pack
            version: 1.0.0
            title: {vi: "Thử"}
            domain: other
            disclaimer: {en: Guidance., fr: Conseil.}
            checks:
              - {id: a, title: {en: A, vn: Một}, require: "true"}
            """)
        #expect(
            rendered(result.diagnostics) == [
                "3:8 the title of the pack has no English text | add an en: text; English is shown when a translation is missing",
                "5:29 unknown language \"fr\" in the disclaimer | texts may be given in: en, vi",
                "7:28 unknown language \"vn\" in the title of check \"a\" | did you mean \"vi\"?",
            ])
    }

    @Test func conditionTreesReportShapeMistakes() {
        let result = decodePack(
            packHeader + """
                checks:
                  - id: a
                    title: A
                    require:
                      - has(x)
                  - id: b
                    title: B
                    require: {all: [], label: none}
                  - id: c
                    title: C
                    require: {expr: "true", any: ["false"]}
                  - id: d
                    title: D
                    require: {all: [{expr: "true", lable: typo}]}
                """)
        #expect(
            rendered(result.diagnostics) == [
                "10:7 expected the require of check \"a\" as a CEL expression or a mapping, found a sequence | put a list of conditions under all: (every one must hold) or any: (one must hold)",
                "13:20 all has no conditions | an empty all would always pass; list its conditions",
                "16:29 the require of check \"c\" has both expr and any | a condition is one of expr, all, any or not; nest the others inside it",
                "19:36 unknown key \"lable\" in condition 1 of all | did you mean \"label\"?",
            ])
    }

    @Test func namesMustBeCELIdentifiersThatHideNothing() {
        let result = decodePack(
            packHeader + """
                let:
                  fresh-fruit: "true"
                  rate: "1"
                checks:
                  - id: a
                    title: A
                    for_each: {as_of: products}
                    let: {in: "1"}
                    require: "true"
                  - id: b
                    title: B
                    for_each: {rate: products}
                    require: "true"
                """)
        #expect(
            rendered(result.diagnostics) == [
                "7:3 \"fresh-fruit\" cannot be a name in the pack's lets | use letters, digits and _ (not starting with a digit), e.g. \"fresh_fruit\"",
                "12:16 \"as_of\" cannot be a for_each name: every check already has a variable of that name | the reserved names are as_of, profile, tables",
                "13:11 \"in\" cannot be a name in the lets of check \"a\" | \"in\" is a CEL reserved word; choose another name",
                "17:16 the for_each name \"rate\" hides the pack-level let at t.pack.yaml:8:3 | rename one of them",
            ])
    }

    @Test func everyProblemIsReportedInOneRun() {
        let result = decodePack(
            """
            pack: vn.test.pack
            version: one
            title: Test
            domain: spss
            disclaimer: Guidance.
            checks:
              - {id: a, title: A, require: "true", severty: error}
              - {id: b, title: B, require: "true", cite: [missing]}
            """)
        #expect(result.diagnostics.count == 4)
        #expect(result.pack != nil, "a pack with an id is still returned for tools that report on it")
        #expect(result.usablePack == nil)
    }

    @Test func yamlSyntaxErrorsBecomeDiagnostics() {
        let result = decodePack("pack: [unclosed\n")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.range.file == "t.pack.yaml")
        #expect(result.diagnostics.first?.range.start.line ?? 0 >= 1)
        #expect(result.pack == nil)
    }
}
