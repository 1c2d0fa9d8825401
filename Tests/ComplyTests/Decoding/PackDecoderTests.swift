import CEL
import Comply
import Testing
import YAML

@Suite struct PackDecoderTests {
    private func validPack() throws -> RulePack {
        let result = PackLoader().load(path: PackFixtures.path("single/valid.pack.yaml"))
        #expect(rendered(result.diagnostics) == [])
        return try #require(result.usablePack)
    }

    @Test func metadataDecodes() throws {
        let pack = try validPack()
        #expect(pack.id == "vn.sps.cn-fresh-fruit")
        #expect(pack.version == SemanticVersion(major: 1, minor: 2, patch: 0, prerelease: ["rc", "1"]))
        #expect(pack.title.text(in: .vi) == "Trung Quốc: quy định SPS với trái cây tươi")
        #expect(
            pack.description?.english == "Registration and packing rules for fresh fruit exported to China.")
        #expect(pack.domain == .sps)
        #expect(pack.jurisdiction == "CN")
        #expect(pack.effective?.from == CivilDate(year: 2022, month: 1, day: 1))
        #expect(pack.effective?.to == CivilDate(year: 2030, month: 12, day: 31))
        #expect(pack.reviewed == CivilDate("2026-11-29"))
        #expect(pack.provisional == false)
        #expect(pack.disclaimer.text(in: .en) == "Guidance, not legal advice.")
        #expect(pack.plugins.map(\.id) == ["hs", "origin"])
        #expect(
            pack.plugins.first?.versions.isSatisfied(by: SemanticVersion(major: 1, minor: 9, patch: 0))
                == true)
        #expect(pack.tags == ["china", "fruit"])
        #expect(pack.file.hasSuffix("single/valid.pack.yaml"))
        #expect(pack.directory == nil)
        #expect(pack.range.start.line == 2)
    }

    @Test func sourcesKeepTheirFields() throws {
        let pack = try validPack()
        let gacc = try #require(pack.source("gacc-248"))
        #expect(gacc.title.english == "GACC Decree No. 248 (2021)")
        #expect(gacc.url == "https://example.org/gacc-248")
        #expect(gacc.document == "Decree 248")
        #expect(gacc.date == CivilDate("2021-04-12"))
        #expect(gacc.range.start.line == 15)
        let mard = try #require(pack.source("mard-notice"))
        #expect(mard.title.text(in: .vi) == "Thông báo của Bộ NN&PTNT")
        #expect(mard.note?.english == "secondary source")
    }

    @Test func inlineTableRowsAreTyped() throws {
        let pack = try validPack()
        let table = try #require(pack.table("permitted_fruit"))
        #expect(table.columns.map(\.name) == ["hs_prefix", "name", "from", "to"])
        #expect(table.columns.map(\.type) == [.string, .string, .date, .date])
        #expect(table.rows.count == 2)
        // A string column keeps the text as written: 0810 stays "0810", not the int 810.
        #expect(table.rows[0]["hs_prefix"] == .string("080450"))
        #expect(table.rows[1]["hs_prefix"] == .string("0810"))
        #expect(table.rows[0]["from"] == .timestamp(try #require(CivilDate("2022-01-01")).timestamp))
        #expect(table.rows[0]["to"] == nil)
        #expect(table.rows[1].effective?.to == CivilDate("2023-12-31"))
        #expect(table.effectiveColumns?.from == "from")
        guard case .list(let inForce) = table.value(asOf: CivilDate("2026-06-01")) else {
            Issue.record("tables are lists")
            return
        }
        #expect(inForce.count == 1)
    }

    @Test func letsKeepOrderAndLabels() throws {
        let pack = try validPack()
        #expect(pack.lets.map(\.name) == ["fresh_fruit", "threshold"])
        #expect(pack.lets[0].expression.text == "hs.chapter(product.hs_code) == 8")
        #expect(pack.lets[1].label?.text(in: .vi) == "Ngưỡng RVC")
        #expect(pack.lets[1].expression.text == "40.0")
    }

    @Test func checkDecodesEveryField() throws {
        let pack = try validPack()
        let check = try #require(pack.check("cn-fruit-growing-area-code"))
        #expect(check.title.text(in: .vi) == "Vùng trồng được GACC cấp mã")
        #expect(check.description?.english == "Each orchard supplying China needs a registered code.")
        #expect(check.forEach.map(\.name) == ["product", "export"])
        #expect(check.forEach.map(\.expression.text) == ["products", "product.exports"])
        #expect(check.when?.text == "export.market == \"CN\" && fresh_fruit")
        #expect(check.lets.map(\.name) == ["code"])
        #expect(check.severity == .error)
        #expect(check.provisional)
        #expect(check.citations.map(\.source) == ["gacc-248", "mard-notice"])
        #expect(check.citations.first?.article?.english == "Art. 7")
        #expect(check.citations.first?.article?.text(in: .vi) == "Điều 7")
        #expect(check.citations.last?.article == nil)
        #expect(check.messages.pass?.english == "{{product.name}} has code {{code}}.")
        #expect(check.messages.fail?.text(in: .vi) == "{{product.name}} chưa có mã vùng trồng.")
        #expect(check.messages[.unknown]?.english == "The growing-area code is missing.")
        #expect(check.messages[.notApplicable]?.english == "Not exported to China.")
        #expect(check.messages[.error] == nil)
        #expect(check.remediation?.text(in: .vi) == "Nộp hồ sơ qua Cục Bảo vệ thực vật.")
        #expect(check.effective?.from == CivilDate("2022-05-01"))
        #expect(check.isEffective(on: try #require(CivilDate("2022-04-30"))) == false)
        #expect(check.tags == ["registration"])
        #expect(check.idRange.start.line == 32)
        #expect(check.idRange.start.column == 9)
    }

    @Test func requireTreeKeepsShapeLabelsAndPaths() throws {
        let pack = try validPack()
        let check = try #require(pack.check("cn-fruit-growing-area-code"))
        guard case .all(let items, let label) = check.require else {
            Issue.record("expected all, got \(check.require)")
            return
        }
        #expect(label == nil)
        #expect(items.count == 2)
        #expect(items[0].label?.text(in: .vi) == "đã khai báo mã vùng trồng")
        #expect(items[1].label?.english == "a Vietnamese code")
        let paths = check.require.expressions.map(\.path)
        #expect(paths == [[0], [1, 0], [1, 1, 0]])
        let texts = check.require.expressions.map(\.expression.text)
        #expect(texts == ["has(product.growing_area_code)", "code.startsWith(\"VN\")", "code == \"\""])
        guard case .not = try #require(check.require.node(at: [1, 1])) else {
            Issue.record("expected not at [1, 1]")
            return
        }
    }

    @Test func defaultsApplyWhenKeysAreAbsent() throws {
        let pack = try validPack()
        let check = try #require(pack.check("cn-fruit-permitted"))
        #expect(check.severity == .warning)
        #expect(check.when == nil)
        #expect(check.provisional == false)
        #expect(check.messages.isEmpty)
        #expect(check.effective == nil)
        guard case .expression(let expression, nil) = check.require else {
            Issue.record("a string require is one expression")
            return
        }
        #expect(expression.text.hasPrefix("tables.permitted_fruit.exists("))
    }

    @Test func testsDecodeWithSubjectsAndResolvedPaths() throws {
        let pack = try validPack()
        #expect(pack.tests.count == 2)
        let first = pack.tests[0]
        #expect(first.name == "registered Yen Chau mango passes")
        #expect(first.asOf == CivilDate("2026-06-01"))
        guard case .file(let path, let resolved, _) = first.profile else {
            Issue.record("expected a profile file")
            return
        }
        #expect(path == "../profiles/yen-chau.yaml")
        #expect(resolved == PackFixtures.path("profiles/yen-chau.yaml"))
        #expect(first.expectations.map(\.checkID) == ["cn-fruit-growing-area-code", "cn-fruit-permitted"])
        #expect(first.expectations.map(\.subject) == [nil, "products[0]"])
        #expect(first.expectations.map(\.status) == [.pass, .notApplicable])
        guard case .inline(let node) = pack.tests[1].profile else {
            Issue.record("expected an inline profile")
            return
        }
        #expect(node["products"]?.sequence?.isEmpty == true)
        #expect(pack.tests[1].asOf == nil)
    }
}
