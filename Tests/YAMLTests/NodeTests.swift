import Testing
import YAML

/// Nodes point into the storage of their load; these pin what that must not change for a
/// decoder: content, equality, construction from values, and the views over children.
@Suite struct NodeTests {
    let loader = YAMLLoader()

    @Test func scalarsReadFromTheInputKeepTheirExactText() throws {
        let text = "\u{FEFF}tên: Sơn La  \nghi chú: một\n  hai\nq: 'it''s'\nd: \"tab\\there\"\n"
        let doc = try #require(try loader.load(text, file: "vi.yaml").first)
        // Plain one-line scalars are slices of the input: trailing blanks are not content.
        #expect(doc["tên"]?.scalar == Scalar(text: "Sơn La", style: .plain))
        #expect(doc["ghi chú"]?.scalar?.text == "một hai")
        #expect(doc["q"]?.scalar == Scalar(text: "it's", style: .singleQuoted))
        #expect(doc["d"]?.scalar?.text == "tab\there")
    }

    @Test func utf16InputGivesTheSameNodesAsUTF8() throws {
        let text = "market: CN\nnote: Mộc Châu\n"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let fromUTF16 = try #require(try loader.load(bytes: utf16, file: "p.yaml").first)
        #expect(fromUTF16["note"]?.scalar?.text == "Mộc Châu")
        #expect(fromUTF16["market"]?.scalar?.text == "CN")
    }

    @Test func equalityComparesContentAndPlaceAcrossLoads() throws {
        let text = "a: [1, {b: c}]\n"
        let first = try #require(try loader.load(text, file: "p.yaml").first)
        let second = try #require(try loader.load(text, file: "p.yaml").first)
        let elsewhere = try #require(try loader.load(text, file: "q.yaml").first)
        let changed = try #require(try loader.load("a: [1, {b: d}]\n", file: "p.yaml").first)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first != elsewhere)
        #expect(first != changed)
        #expect(Set([first, second, elsewhere]).count == 2)
    }

    @Test func anAliasIsTheNodeItNames() throws {
        let doc = try #require(try loader.load("base: &b {x: [1, 2]}\ncopy: *b\n").first)
        #expect(doc["copy"] == doc["base"])
        #expect(doc["copy"]?.range.start.line == 1)
    }

    @Test func nodesMadeFromValuesCopyTheirChildren() throws {
        let loaded = try #require(try loader.load("k: v\nlist: [a, b]\n", file: "p.yaml").first)
        let rebuilt = Node(kind: loaded.kind, range: loaded.range)
        #expect(rebuilt == loaded)
        let range = SourceRange(
            file: "made.yaml", start: Mark(line: 1, column: 1, offset: 0),
            end: Mark(line: 1, column: 1, offset: 0))
        let item = Node(kind: .scalar(Scalar(text: "x", style: .plain)), range: range, tag: Tag.str)
        let list = Node(kind: .sequence([item, try #require(loaded["list"]?[1])]), range: range, anchor: "l")
        #expect(list.anchor == "l")
        #expect(list[0]?.tag == Tag.str)
        #expect(list[0]?.range.file == "made.yaml")
        #expect(list[1]?.scalar?.text == "b")
        #expect(list[1]?.range.file == "p.yaml")
        let map = Node(kind: .mapping([MappingEntry(key: item, value: list)]), range: range)
        #expect(map["x"]?[1]?.scalar?.text == "b")
        #expect(map.mapping?.count == 1)
    }

    @Test func sequenceAndMappingViewsAreCollections() throws {
        let doc = try #require(try loader.load("items: [a, b, c]\nmap: {x: 1, y: 2}\n").first)
        let items = try #require(doc["items"]?.sequence)
        #expect(items.count == 3)
        #expect(items.map { $0.scalar?.text } == ["a", "b", "c"])
        #expect(items.last?.scalar?.text == "c")
        #expect(doc["items"]?[3] == nil)
        #expect(doc["items"]?[-1] == nil)
        let entries = try #require(doc["map"]?.mapping)
        #expect(entries.map { $0.key.scalar?.text } == ["x", "y"])
        #expect(entries[1].value.resolvedScalar == .int(2))
        #expect(doc["map"]?.mappingEntry(forKey: "y")?.key.range.start.column == 13)
    }

    @Test func keysAreFoundByTheirTextInAnySpelling() throws {
        // "é" precomposed in the file, looked up as "e" and a combining accent.
        let doc = try #require(try loader.load("caf\u{E9}: 1\nnum: 2\n").first)
        #expect(doc["cafe\u{301}"]?.scalar?.text == "1")
        #expect(doc["nu"] == nil)
        #expect(doc["num "] == nil)
    }

    @Test func aNodeDescribesItselfBriefly() throws {
        let doc = try #require(try loader.load("a: [1, x]\n", file: "p.yaml").first)
        #expect(doc.debugDescription == "{\"a\": [1, \"x\"]} @ p.yaml:1:1")
    }
}
