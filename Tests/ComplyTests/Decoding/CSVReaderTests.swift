import Testing

@testable import Comply

@Suite struct CSVReaderTests {
    private func texts(_ csv: CSVReader) -> [[String]] {
        csv.records.map { $0.fields.map(\.text) }
    }

    @Test func plainFieldsAndRecords() {
        let csv = CSVReader("a,b,c\n1,2,3\n")
        #expect(texts(csv) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(csv.problems.isEmpty)
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        let csv = CSVReader("name,note\n\"Mango, fresh\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n")
        #expect(texts(csv) == [["name", "note"], ["Mango, fresh", "say \"hi\""], ["two\nlines", "x"]])
        #expect(csv.records.map(\.line) == [1, 2, 3])
        #expect(csv.problems.isEmpty)
    }

    @Test func crlfAndAMissingFinalNewline() {
        let csv = CSVReader("a,b\r\n1,\r\n,2")
        #expect(texts(csv) == [["a", "b"], ["1", ""], ["", "2"]])
    }

    @Test func byteOrderMarkAndBlankLinesAreSkipped() {
        let csv = CSVReader("\u{FEFF}code\n\nVN-1\n\n")
        #expect(texts(csv) == [["code"], ["VN-1"]])
        #expect(csv.records.map(\.line) == [1, 3])
    }

    @Test func fieldsKnowTheirColumns() {
        let csv = CSVReader("a,bb,\"c\"\nxyz,,\"q\"\"\",w\n")
        #expect(csv.records[1].fields.map(\.column) == [1, 5, 6, 12])
        #expect(csv.records[1].fields.map(\.line) == [2, 2, 2, 2])
    }

    @Test func unterminatedQuoteIsAProblemAtItsStart() {
        let csv = CSVReader("a,b\n1,\"open\n2,3\n")
        #expect(
            csv.problems.map { "\($0.line):\($0.column) \($0.message)" } == [
                "2:3 quoted field is never closed"
            ])
    }

    @Test func strayQuotesAreProblems() {
        let csv = CSVReader("a,b\n\"x\"y,5 \"in\" ch\n")
        #expect(
            csv.problems.map { "\($0.line):\($0.column) \($0.message)" } == [
                "2:4 unexpected text after a closing quote",
                "2:8 a quote inside an unquoted field",
                "2:11 a quote inside an unquoted field",
            ])
    }
}
