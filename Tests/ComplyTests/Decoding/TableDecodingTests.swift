import CEL
import Comply
import Testing

/// Tables read from CSV and YAML, typed by their columns, with every bad cell located.
@Suite struct TableDecodingTests {
    private func decode(tables: String, files: [String: String]) -> PackDecodingResult {
        decodePack(
            packHeader + "tables:\n" + tables + "checks:\n  - {id: a, title: A, require: \"true\"}\n",
            readFile: { path in files[path].map { Array($0.utf8) } })
    }

    @Test func csvCellsAreTypedByTheirColumns() throws {
        let result = decode(
            tables: """
                  rates:
                    file: tables/rates.csv
                    columns: {code: string, count: int, rate: double, open: bool, from: date}

                """,
            files: ["tables/rates.csv": "from,code,count,rate,open\n2024-01-31,\"0804\",12,0.25,true\n,,,,\n"]
        )
        #expect(rendered(result.diagnostics) == [])
        let table = try #require(result.usablePack?.table("rates"))
        #expect(table.file == "tables/rates.csv")
        #expect(table.columns.map(\.name) == ["code", "count", "rate", "open", "from"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["code"] == .string("0804"))
        #expect(table.rows[0]["count"] == .int(12))
        #expect(table.rows[0]["rate"] == .double(0.25))
        #expect(table.rows[0]["open"] == .bool(true))
        #expect(table.rows[0]["from"] == .timestamp(Timestamp(seconds: 1_706_659_200)))
        // Empty cells: "" in a string column, absent in the others.
        #expect(table.rows[1]["code"] == .string(""))
        #expect(table.rows[1]["count"] == nil)
        #expect(table.rows[1].values.count == 1)
        #expect(table.rows[1].range.start.line == 3)
    }

    @Test func badCellsAreReportedAtTheirLineAndColumn() {
        let result = decode(
            tables: """
                  rates:
                    file: tables/rates.csv
                    columns: {code: string, count: int, rate: double, from: date}

                """,
            files: [
                "tables/rates.csv":
                    "code,count,rate,from\nA,1,1.5,2024-01-01\nB,two,\"1,5\",2024-02-30\nC,3\nD,4,5,2024-01-01\n"
            ])
        #expect(
            rendered(result.diagnostics) == [
                "3:3 \"two\" is not an integer (column \"count\") | write digits only, e.g. 42",
                "3:7 \"1,5\" is not a number (column \"rate\") | use . as the decimal separator: 1234.5",
                "3:13 \"2024-02-30\" is not a date (column \"from\") | write dates as YYYY-MM-DD, e.g. 2026-06-01",
                "4:1 this row has 2 fields, the header 4 | quote fields that contain commas: \"Mango, fresh\"",
            ])
        #expect(result.diagnostics.allSatisfy { $0.range.file == "tables/rates.csv" })
    }

    @Test func headerMustMatchTheDeclaredColumns() {
        let result = decode(
            tables: """
                  rates:
                    file: tables/rates.csv
                    columns: {code: string, count: int}

                """,
            files: ["tables/rates.csv": "code,cuont\nA,1\n"])
        #expect(
            rendered(result.diagnostics) == [
                "1:1 the header has no column \"count\", which the table \"rates\" declares | add it to the first line of the file",
                "1:6 the header names a column \"cuont\" that the table \"rates\" does not declare | did you mean \"count\"?",
            ])
    }

    @Test func missingFilesAndBadDeclarationsAreReportedInThePack() {
        let result = decode(
            tables: """
                  gone: {file: tables/gone.csv}
                  both: {file: x.csv, rows: [], columns: {a: string}}
                  neither: {columns: {a: string}}
                  typed: {rows: [{a: 1}], columns: {a: strng}}
                  window:
                    columns: {a: string, b: int}
                    effective_columns: {from: a, to: c}
                    rows: []

                """,
            files: [:])
        #expect(
            rendered(result.diagnostics) == [
                "7:16 cannot read the file \"tables/gone.csv\" of the table \"gone\" | the path is relative to t.pack.yaml (looked for tables/gone.csv)",
                "8:29 the table \"both\" has both file and rows | keep the rows in the file, or inline, not both",
                "9:12 the table \"neither\" has neither file nor rows | give file: tables/neither.csv, or rows: with columns:",
                "10:40 unknown column type \"strng\" | did you mean \"string\"?",
                "13:31 the column \"a\" of the table \"window\" is string, not date | effective columns hold days; declare it as date",
                "13:38 the table \"window\" has no column \"c\" | name one of its date columns",
            ])
    }

    @Test func yamlRowsRejectUnknownColumnsAndKeepStringsAsWritten() throws {
        let result = decode(
            tables: """
                  codes:
                    columns: {hs: string, rate: double}
                    rows:
                      - {hs: 080450, rate: 5}
                      - {hs: 0810, rte: 1}

                """,
            files: [:])
        #expect(
            rendered(result.diagnostics) == [
                "11:20 the table \"codes\" has no column \"rte\" | did you mean \"rate\"?"
            ])
        let pack = try #require(result.pack)
        #expect(pack.table("codes")?.rows.first?["hs"] == .string("080450"))
        #expect(pack.table("codes")?.rows.first?["rate"] == .double(5))
    }

    @Test func rowsOutsideTheirWindowAreLeftOutAsOfADate() throws {
        let result = decode(
            tables: """
                  gates:
                    columns: {gate: string, opened: date, closed: date}
                    effective_columns: {from: opened, to: closed}
                    rows:
                      - {gate: A, opened: 2020-01-01}
                      - {gate: B, opened: 2020-01-01, closed: 2025-12-31}
                      - {gate: C, opened: 2027-01-01}

                """,
            files: [:])
        let table = try #require(result.usablePack?.table("gates"))
        func gates(_ day: String) -> [Value] {
            guard case .list(let rows) = table.value(asOf: CivilDate(day)) else { return [] }
            return rows.compactMap { row in
                guard case .map(let map) = row else { return nil }
                return map[.string("gate")]
            }
        }
        #expect(gates("2025-12-31") == [.string("A"), .string("B")])
        #expect(gates("2026-01-01") == [.string("A")])
        #expect(gates("2027-01-01") == [.string("A"), .string("C")])
        guard case .list(let all) = table.value(asOf: nil) else { return }
        #expect(all.count == 3)
    }
}
