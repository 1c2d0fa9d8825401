import CEL
import Comply
import Testing
import YAML

@Suite struct InferredTypeTests {
    private func type(of yaml: String) throws -> CELType {
        let node = try #require(try YAMLLoader().load(yaml, file: "t.yaml").first)
        return InferredType.of(try ValueDecoding.value(of: node))
    }

    @Test func scalarsHaveTheirOwnType() throws {
        #expect(try type(of: "3") == .int)
        #expect(try type(of: "3.5") == .double)
        #expect(try type(of: "CN") == .string)
        #expect(try type(of: "true") == .bool)
        #expect(try type(of: "18446744073709551615") == .uint)
    }

    @Test func nullIsDyn() throws {
        #expect(try type(of: "null") == .dyn)
    }

    @Test func uniformCollectionsKeepTheirElementType() throws {
        #expect(try type(of: "[1, 2, 3]") == .list(.int))
        #expect(try type(of: "{a: x, b: y}") == .map(.string, .string))
        #expect(try type(of: "[[1], [2]]") == .list(.list(.int)))
    }

    @Test func mixedOrEmptyCollectionsHaveDynElements() throws {
        #expect(try type(of: "[1, 2.5]") == .list(.dyn))
        #expect(try type(of: "{name: x, fob_value: 3000.0}") == .map(.string, .dyn))
        #expect(try type(of: "[]") == .list(.dyn))
        #expect(try type(of: "{}") == .map(.string, .dyn))
    }
}
