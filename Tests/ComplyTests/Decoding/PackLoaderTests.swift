import CEL
import Comply
import Foundation
import Testing

@Suite struct PackLoaderTests {
    @Test func folderPackGathersChecksTablesAndTests() throws {
        let directory = PackFixtures.path("folder/cn-fruit")
        let result = PackLoader().load(path: directory)
        #expect(rendered(result.diagnostics) == [])
        let pack = try #require(result.usablePack)
        #expect(pack.id == "vn.sps.cn-fruit-folder")
        #expect(pack.directory == directory)
        #expect(pack.file == directory + "/pack.yaml")
        // pack.yaml's own checks first, then checks/*.yaml in name order.
        #expect(pack.checks.map(\.id) == ["in-pack-yaml", "area-code", "packing-house"])
        #expect(pack.checks[1].range.file == directory + "/checks/area.yaml")
        #expect(pack.checks[2].idRange.start.line == 2)
        #expect(pack.tables.map(\.name) == ["permitted", "border_gates", "registered_areas"])
        #expect(pack.tests.map(\.name) == ["a product without an area code fails"])
        guard case .file(_, let resolved, _) = pack.tests[0].profile else {
            Issue.record("expected a profile file")
            return
        }
        #expect(resolved == PackFixtures.path("folder/cn-fruit/profiles/no-code.yaml"))
    }

    @Test func declaredCSVWithCRLFQuotesAndEmptyCells() throws {
        let pack = try #require(PackLoader().load(path: PackFixtures.path("folder/cn-fruit")).usablePack)
        let table = try #require(pack.table("permitted"))
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["hs_prefix"] == .string("080450"))
        #expect(table.rows[0]["name"] == .string("Mango, fresh"))
        #expect(table.rows[0]["quota"] == .int(10))
        #expect(table.rows[0]["fresh"] == .bool(true))
        #expect(table.rows[0]["to"] == nil)
        #expect(table.rows[1]["name"] == .string("Longan \"Edor\""))
        #expect(table.rows[1]["quota"] == nil)
        #expect(table.rows[1]["fresh"] == .bool(false))
        #expect(table.rows[1].effective?.to == CivilDate("2021-12-31"))
        guard case .list(let inForce) = table.value(asOf: CivilDate("2026-06-01")) else { return }
        #expect(inForce.count == 1)
    }

    @Test func undeclaredTablesTakeTheirNameAndTypesFromTheFile() throws {
        let pack = try #require(PackLoader().load(path: PackFixtures.path("folder/cn-fruit")).usablePack)
        let areas = try #require(pack.table("registered_areas"))
        #expect(areas.columns.map(\.type) == [.string, .string, .double, .date])
        #expect(areas.rows[0]["hectares"] == .double(12.5))
        #expect(areas.rows[1]["hectares"] == nil)
        let gates = try #require(pack.table("border_gates"))
        #expect(gates.description?.english == "Border gates open to fruit")
        #expect(gates.effectiveColumns?.from == "opened")
        #expect(gates.rows[1].effective?.from == CivilDate("2027-01-01"))
    }

    @Test func discoveryFindsEveryPackAndKeepsGoingPastBrokenOnes() {
        let root = PackFixtures.path("tree")
        let found = PackLoader().discover(root: root)
        // broken, duplicate, good (files in name order), then the nested folder pack; the
        // schema/ folder, hidden folders and YAML files not named *.pack.yaml are skipped.
        #expect(found.results.count == 4)
        #expect(
            found.results.compactMap { $0.pack?.file } == [
                root + "/broken.pack.yaml", root + "/duplicate.pack.yaml", root + "/good.pack.yaml",
                root + "/nested/dairy/pack.yaml",
            ])
        #expect(found.packs.map(\.id) == ["vn.other.good", "vn.fta.dairy"])
        let messages = found.diagnostics.map {
            "\($0.range.file.replacingOccurrences(of: root + "/", with: "")):\($0.range.start.line):\($0.range.start.column) \($0.message)"
        }
        #expect(
            messages == [
                "broken.pack.yaml:2:10 \"1.0\" is not a semantic version",
                "broken.pack.yaml:4:9 unknown domain \"sanitary\"",
                "broken.pack.yaml:7:50 unknown key \"severty\" in a check",
                "good.pack.yaml:1:1 the pack id \"vn.other.good\" is already used by \(root)/duplicate.pack.yaml",
            ])
        #expect(found.hasErrors)
    }

    @Test func aMissingPathIsADiagnosticNotACrash() {
        let result = PackLoader().load(path: PackFixtures.path("nowhere"))
        #expect(result.pack == nil)
        #expect(result.diagnostics.map(\.message) == ["no such file or folder"])
    }

    @Test func readsThroughAnInjectedFileReader() throws {
        let files = ["mem/x.pack.yaml": packHeader + "checks:\n  - {id: a, title: A, require: \"true\"}\n"]
        let decoder = PackDecoder(readFile: { files[$0].map { Array($0.utf8) } })
        let result = decoder.decode(
            bytes: try #require(decoder.readFile("mem/x.pack.yaml")), file: "mem/x.pack.yaml")
        #expect(result.usablePack?.checks.count == 1)
    }
}
