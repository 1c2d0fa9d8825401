import CEL
import Comply
import Testing
import YAML

@Suite struct ProfileDecoderTests {
    @Test func hsCodeKeepsItsLeadingZeroAndNorwayStaysText() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise: {name: HTX}
            products:
              - name: Mango
                hs_code: 080450
                exports:
                  - market: NO
            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
        let value = try #require(decoded.profile?.value)
        #expect(value[path: "products", 0, "hs_code"]?.stringValue == "080450")
        #expect(value[path: "products", 0, "exports", 0, "market"]?.stringValue == "NO")
    }

    @Test func misspeltFieldIsReportedWithSuggestionAtItsKey() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise:
              name: HTX
            products:
              - name: Mango
                hs_cod: "080450"
            """)
        let diagnostic = try #require(decoded.diagnostics.first)
        #expect(decoded.diagnostics.count == 1)
        #expect(diagnostic.range.description == "p.yaml:5:5")
        #expect(diagnostic.message == "unknown field \"hs_cod\" in products[0]")
        #expect(diagnostic.hint == "did you mean \"hs_code\"?")
        #expect(decoded.profile?.value[path: "products", 0, "hs_cod"] == nil)
    }
}

@Suite struct ProfileDecoderScalarTests {
    private func single(_ yaml: String) throws -> Comply.Diagnostic {
        let decoded = try SchemaFixtures.decode(yaml)
        #expect(decoded.diagnostics.count == 1, "\(decoded.diagnostics)")
        return try #require(decoded.diagnostics.first)
    }

    @Test func wrongTypeNamesExpectedAndFound() throws {
        let diagnostic = try single(
            """
            enterprise:
              name: HTX
              employees: many
            """)
        #expect(diagnostic.range.description == "p.yaml:3:14")
        #expect(diagnostic.message == "enterprise.employees must be a whole number, found the text \"many\"")
        #expect(diagnostic.hint != nil)
    }

    @Test func quotedNumberGetsAHintToRemoveTheQuotes() throws {
        let diagnostic = try single(
            """
            enterprise: {name: HTX}
            products:
              - name: Mango
                exports: [{market: CN, value: "16400"}]
            """)
        #expect(
            diagnostic.message == "products[0].exports[0].value must be a number, found the text \"16400\"")
        #expect(diagnostic.hint?.contains("remove the quotes") == true)
    }

    @Test func thousandsSeparatorsAreExplained() throws {
        let block = try single("enterprise:\n  name: HTX\n  charter_capital_vnd: 1,800,000\n")
        #expect(
            block.hint == "write numbers without thousands separators, with a point for decimals: 1800000")
    }

    @Test func enumViolationListsTheAllowedValuesWithASuggestion() throws {
        let diagnostic = try single(
            """
            enterprise: {name: HTX}
            products:
              - name: Mango
                exports:
                  - market: CN
                    fta: ACFTa
            """)
        #expect(diagnostic.range.description == "p.yaml:6:14")
        #expect(diagnostic.message == "\"ACFTa\" is not an allowed value for products[0].exports[0].fta")
        let hint = try #require(diagnostic.hint)
        #expect(hint.hasPrefix("did you mean \"ACFTA\"? allowed: \"ATIGA\", \"ACFTA\""))
    }

    @Test func patternViolationShowsTheSchemaHint() throws {
        let diagnostic = try single(
            """
            enterprise: {name: HTX}
            products:
              - {name: Mango, hs_code: 0804.50}
            """)
        #expect(diagnostic.message.hasPrefix("\"0804.50\" does not match the pattern of products[0].hs_code"))
        #expect(diagnostic.hint?.contains("without dots") == true)
    }

    @Test func oddLengthHSCodeFromJSONNumberIsRefused() throws {
        let decoded = try SchemaFixtures.decode(
            #"{"enterprise": {"name": "HTX"}, "products": [{"name": "Mango", "hs_code": 80450}]}"#,
            file: "p.json")
        #expect(decoded.diagnostics.count == 1)
        #expect(decoded.diagnostics.first?.hint?.contains("leading zero") == true)
    }

    @Test func datesBecomeTimestampsAtMidnightUTC() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise: {name: HTX, established: 2000-02-29}
            products:
              - name: Mango
                exports: [{market: CN, shipment_date: "2026-06-01"}]
            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
        let value = try #require(decoded.profile?.value)
        guard case .timestamp(let shipment)? = value[path: "products", 0, "exports", 0, "shipment_date"],
            case .timestamp(let established)? = value[path: "enterprise", "established"]
        else {
            Issue.record("dates should decode to timestamps")
            return
        }
        #expect(shipment.seconds == 1_780_272_000)
        #expect(established.seconds == 951_782_400)
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-06-01", "2026-6-1", "1 June 2026"])
    func invalidDatesAreRefused(_ text: String) throws {
        let diagnostic = try single("enterprise: {name: HTX, established: \"\(text)\"}\n")
        #expect(diagnostic.message == "enterprise.established must be a date, found the text \"\(text)\"")
        #expect(diagnostic.hint == "write the date as YYYY-MM-DD, e.g. 2026-06-01")
    }

    @Test func yesIsNotABoolean() throws {
        let diagnostic = try single("enterprise: {name: HTX, high_tech_agriculture_enterprise: yes}\n")
        #expect(
            diagnostic.message
                == "enterprise.high_tech_agriculture_enterprise must be true or false, found the text \"yes\""
        )
        #expect(diagnostic.hint == "write true: YAML 1.2 reads yes as text")
    }

    @Test func numbersAreDoublesAndIntegersAreInts() throws {
        let decoded = try SchemaFixtures.decode(
            "enterprise: {name: HTX, employees: 14, charter_capital_vnd: 1800000000, foreign_ownership_percent: 49.5}\n"
        )
        #expect(decoded.diagnostics.isEmpty)
        let enterprise = try #require(decoded.profile?.value[path: "enterprise"])
        guard case .int(14)? = enterprise[path: "employees"],
            case .double(1_800_000_000)? = enterprise[path: "charter_capital_vnd"],
            case .double(49.5)? = enterprise[path: "foreign_ownership_percent"]
        else {
            Issue.record("employees should be int 14, capital double, percent double: \(enterprise)")
            return
        }
    }

    @Test func wholeNumberRefusesAFraction() throws {
        let diagnostic = try single("enterprise: {name: HTX, employees: 12.5}\n")
        #expect(diagnostic.message == "enterprise.employees must be a whole number, found the number 12.5")
    }

    @Test func boundsAreChecked() throws {
        let diagnostic = try single("enterprise: {name: HTX, foreign_ownership_percent: 120}\n")
        #expect(diagnostic.message == "enterprise.foreign_ownership_percent is 120, above the maximum 100")
        let negative = try single("enterprise: {name: HTX, employees: -3}\n")
        #expect(negative.message == "enterprise.employees is -3, below the minimum 0")
    }
}

@Suite struct ProfileDecoderShapeTests {
    @Test func missingFieldsStayAbsentAndEmptyListsStayKnown() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise: {name: HTX, certifications: []}
            products:
              - name: Mango
                residue_tests:
                growing_area_codes: ~
                exports: []
            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics)")
        let value = try #require(decoded.profile?.value)
        #expect(value[path: "products", 0, "hs_code"] == nil)
        #expect(value[path: "products", 0, "residue_tests"] == nil)
        #expect(value[path: "products", 0, "growing_area_codes"] == nil)
        #expect(value[path: "projects"] == nil)
        guard case .list(let exports)? = value[path: "products", 0, "exports"],
            case .list(let certifications)? = value[path: "enterprise", "certifications"]
        else {
            Issue.record("[] should decode to an empty list")
            return
        }
        #expect(exports.isEmpty && certifications.isEmpty)
    }

    @Test func missingRequiredFieldIsReportedAtItsObject() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise: {name: HTX}
            products:
              - hs_code: "080450"
            """)
        let diagnostic = try #require(decoded.diagnostics.first)
        #expect(diagnostic.message == "missing required field \"name\" in products[0]")
        #expect(diagnostic.range.description == "p.yaml:3:5")
        #expect(diagnostic.hint == "add `name: …` (Product name)")
    }

    @Test func everyProblemIsReportedAndTheRestStillDecodes() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise:
              nmae: HTX
              employees: lots
            products:
              - name: Mango
                hs_code: "080450"
                exports:
                  - {market: cn, fta: ACFTA}
            projects: {name: Farm}
            """)
        let messages = decoded.diagnostics.map(\.message)
        #expect(messages.count == 5, "\(messages)")
        #expect(messages.contains("unknown field \"nmae\" in enterprise"))
        #expect(messages.contains("missing required field \"name\" in enterprise"))
        #expect(messages.contains("enterprise.employees must be a whole number, found the text \"lots\""))
        #expect(
            messages.contains {
                $0.hasPrefix("\"cn\" does not match the pattern of products[0].exports[0].market")
            })
        #expect(messages.contains("projects must be a list, found a mapping"))
        let value = try #require(decoded.profile?.value)
        #expect(value[path: "products", 0, "exports", 0, "fta"]?.stringValue == "ACFTA")
        #expect(
            decoded.diagnostics.map(\.range.start.line)
                == decoded.diagnostics.map(\.range.start.line).sorted())
    }

    @Test func unknownFieldWithoutACloseNameListsTheFields() throws {
        let decoded = try SchemaFixtures.decode("enterprise: {name: HTX, zzz: 1}\n")
        #expect(
            decoded.diagnostics.first?.hint?.hasPrefix("the fields of Enterprise are name, name_en, tax_code")
                == true)
    }

    @Test func brokenYAMLComesBackAsADiagnostic() throws {
        let decoded = try SchemaFixtures.decode("enterprise:\n  name: [HTX\n", file: "broken.yaml")
        #expect(decoded.profile == nil)
        #expect(decoded.hasErrors)
        let diagnostic = try #require(decoded.diagnostics.first)
        #expect(diagnostic.range.file == "broken.yaml")
        #expect(diagnostic.range.start.line >= 2)
    }

    @Test func missingFileComesBackAsADiagnostic() throws {
        let loader = ProfileLoader(schema: try SchemaFixtures.schema())
        let decoded = loader.load(contentsOfFile: "/nonexistent/profile.yaml")
        #expect(decoded.profile == nil)
        #expect(decoded.diagnostics.count == 1)
    }

    @Test func topLevelMustBeAMapping() throws {
        let decoded = try SchemaFixtures.decode("- enterprise\n")
        #expect(decoded.diagnostics.first?.message.hasPrefix("a profile must be a mapping") == true)
    }

    @Test func emptyFileAndSeveralDocumentsAreRefused() throws {
        #expect(try SchemaFixtures.decode("").diagnostics.first?.message == "the profile is empty")
        let two = try SchemaFixtures.decode("enterprise: {name: A}\n---\nenterprise: {name: B}\n")
        #expect(two.diagnostics.map(\.message) == ["a profile file holds one document, this one has 2"])
        #expect(two.profile?.displayName == "A")
    }

    @Test func editorSchemaKeyIsAllowedAtTheTop() throws {
        let decoded = try SchemaFixtures.decode(
            #"{"$schema": "../../Rules/schema/profile.schema.json", "enterprise": {"name": "HTX"}}"#,
            file: "p.json")
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.profile?.variables.keys.sorted() == ["enterprise"])
    }

    @Test func rangesPointAtEveryFact() throws {
        let decoded = try SchemaFixtures.decode(
            """
            enterprise: {name: HTX}
            products:
              - name: Mango
                hs_code: 080450
                exports:
                  - market: CN
            """)
        let profile = try #require(decoded.profile)
        #expect(profile.range(of: "products[0].hs_code")?.description == "p.yaml:4:14")
        #expect(profile.range(of: "products[0].exports[0].market")?.description == "p.yaml:6:17")
        #expect(profile.range(of: "products[0].exports[0].fta")?.description == "p.yaml:6:9")
        #expect(profile.range(of: "projects[0].jobs")?.description == "p.yaml:1:1")
        #expect(profile.displayName == "HTX")
    }

    @Test func oneBadProfileDoesNotStopTheNext() throws {
        let loader = ProfileLoader(schema: try SchemaFixtures.schema())
        let results = [
            loader.load(text: "enterprise: {name: A, type: cooprative}\n", file: "a.yaml"),
            loader.load(text: "enterprise: {name: B, type: cooperative}\n", file: "b.yaml"),
        ]
        #expect(results[0].hasErrors)
        #expect(results[0].diagnostics.first?.hint?.hasPrefix("did you mean \"cooperative\"?") == true)
        #expect(!results[1].hasErrors)
        #expect(results[1].profile?.displayName == "B")
    }
}
