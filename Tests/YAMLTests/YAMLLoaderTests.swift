import Testing
import YAML

@Suite struct YAMLLoaderTests {
    let loader = YAMLLoader()

    @Test func nodesCarryTheirStartAndEnd() throws {
        let doc = try #require(
            try loader.load("name: Moc Chau\ncode: 080450\nitems:\n  - a\n", file: "p.yaml").first)
        let code = try #require(doc["code"])
        #expect(code.range.file == "p.yaml")
        #expect(code.range.start == Mark(line: 2, column: 7, offset: 21))
        #expect(code.range.end == Mark(line: 2, column: 13, offset: 27))
        #expect(code.range.description == "p.yaml:2:7")
        let item = try #require(doc["items"]?[0])
        #expect(item.range.start.line == 4)
        #expect(item.range.start.column == 5)
        #expect(doc.range.start == Mark(line: 1, column: 1, offset: 0))
    }

    @Test func offsetsCountBytesWhileColumnsCountCharacters() throws {
        let text = "tên: Sơn La\nmã: SL\n"
        let doc = try #require(try loader.load(text, file: "vi.yaml").first)
        let value = try #require(doc["mã"])
        #expect(value.range.start.line == 2)
        #expect(value.range.start.column == 5)
        let bytes = Array(text.utf8)
        let offset = value.range.start.offset
        #expect(String(decoding: bytes[offset..<offset + 2], as: UTF8.self) == "SL")
        let long = String(repeating: "ậ", count: 40)
        let wide = try #require(try loader.load("\(long): x\nk: v\n").first)
        #expect(wide.mappingEntry(forKey: "k")?.key.range.start.offset == 40 * 3 + 4)
        #expect(wide["k"]?.range.start.offset == 40 * 3 + 7)
    }

    @Test func everyOffsetIsTheByteOfItsLineAndColumn() throws {
        // Marks are translated through several shortcuts (plain one-line scalars, short ASCII
        // gaps, word-at-a-time walks); each must land where line and column say.
        let text = """
            tên: Công ty TNHH Biến Đà Nẵng 0
            mã: '7861871413'
            địa chỉ:
              đường: "823 đường Xuất"
              quận: Quận 1
            ngành: [C14, "Nông nghiệp", {khóa: giá trị}]
            mô tả: |
              dòng một
              dòng hai
            gốc: &g {tên: biến, ý: true}
            bản sao: *g
            dài: \(String(repeating: "ậ", count: 30)) x \(String(repeating: "a", count: 30))
            kết: không

            """
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lineStarts.append(index + 1)
        }
        func expectedOffset(_ mark: Mark) -> Int {
            var offset = lineStarts[mark.line - 1]
            for _ in 1..<mark.column {
                let lead = bytes[offset]
                offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
            return offset
        }
        func check(_ node: Node) {
            #expect(node.range.start.offset == expectedOffset(node.range.start), "\(node.range)")
            #expect(node.range.end.offset == expectedOffset(node.range.end), "\(node.range)")
            switch node.kind {
            case .scalar: break
            case .sequence(let items): items.forEach(check)
            case .mapping(let entries):
                for entry in entries {
                    check(entry.key)
                    check(entry.value)
                }
            }
        }
        let doc = try #require(try loader.load(text, file: "vi.yaml").first)
        #expect(doc["kết"]?.scalar?.text == "không")
        check(doc)
    }

    @Test func loadsEveryDocumentOfAStream() throws {
        let docs = try loader.load("---\na: 1\n---\n- x\n...\n--- plain\n")
        #expect(docs.count == 3)
        #expect(docs[0]["a"]?.resolvedScalar == .int(1))
        #expect(docs[1][0]?.scalar?.text == "x")
        #expect(docs[2].scalar?.text == "plain")
        #expect(docs[2].range.start.line == 6)
        #expect(try loader.load("").isEmpty)
        #expect(try loader.load("# only a comment\n").isEmpty)
    }

    @Test func keepsScalarStyles() throws {
        let doc = try #require(
            try loader.load("p: plain\ns: 'single'\nd: \"double\"\nl: |\n  line\nf: >\n  folded\n  text\n")
                .first)
        #expect(doc["p"]?.scalar == Scalar(text: "plain", style: .plain))
        #expect(doc["s"]?.scalar == Scalar(text: "single", style: .singleQuoted))
        #expect(doc["d"]?.scalar == Scalar(text: "double", style: .doubleQuoted))
        #expect(doc["l"]?.scalar == Scalar(text: "line\n", style: .literal))
        #expect(doc["f"]?.scalar == Scalar(text: "folded text\n", style: .folded))
    }

    @Test func mappingsKeepDocumentOrder() throws {
        let doc = try #require(try loader.load("z: 1\na: 2\nm: 3\n").first)
        #expect(doc.mapping?.map { $0.key.scalar?.text } == ["z", "a", "m"])
        #expect(doc.mappingEntry(forKey: "a")?.key.range.start.line == 2)
        #expect(doc["missing"] == nil)
        #expect(doc[0] == nil)
    }

    @Test func readsFilesAndReportsMissingOnes() throws {
        let path = "/tmp/comply-yaml-loader-test-\(Int.random(in: 0..<1_000_000)).yaml"
        let docs = try loader.load(contentsOfFile: "/dev/null")
        #expect(docs.isEmpty)
        #expect {
            try loader.load(contentsOfFile: path, displayName: "missing.yaml")
        } throws: { error in
            (error as? YAMLError)?.kind == .io && (error as? YAMLError)?.file == "missing.yaml"
        }
    }

    @Test func rejectsInputOverTheSizeLimit() throws {
        let small = YAMLLoader(limits: .init(maxInputBytes: 16))
        #expect {
            try small.load("key: a value longer than sixteen bytes\n", file: "big.yaml")
        } throws: { error in
            let error = error as? YAMLError
            return error?.kind == .inputTooLarge
                && error?.description.hasPrefix("big.yaml: error: input of") == true
        }
    }

    @Test func rejectsScalarsOverTheSizeLimit() throws {
        let small = YAMLLoader(limits: .init(maxScalarBytes: 8))
        #expect(try small.load("k: short\n").count == 1)
        #expect {
            try small.load("k: much longer than eight\n")
        } throws: { error in
            (error as? YAMLError)?.kind == .scalarTooLarge && (error as? YAMLError)?.line == 1
        }
    }
}
