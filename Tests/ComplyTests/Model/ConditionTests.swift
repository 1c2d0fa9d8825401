import Comply
import Testing

@Suite struct ConditionTests {
    private let tree = Condition.all(
        [
            .expression(CELExpression("a"), label: LocalizedText("first")),
            .any(
                [
                    .expression(CELExpression("b"), label: nil),
                    .not(.expression(CELExpression("c"), label: nil), label: nil),
                ], label: nil),
        ], label: LocalizedText("root"))

    @Test func pathsAreChildIndicesFromTheRoot() {
        #expect(tree.nodes.map(\.path) == [[], [0], [1], [1, 0], [1, 1], [1, 1, 0]])
        #expect(tree.expressions.map(\.expression.text) == ["a", "b", "c"])
        #expect(tree.expressions.map(\.path) == [[0], [1, 0], [1, 1, 0]])
    }

    @Test func nodesAreFoundByPath() {
        #expect(tree.node(at: []) == tree)
        #expect(tree.node(at: [0])?.label?.english == "first")
        #expect(tree.node(at: [1, 1, 0]) == .expression(CELExpression("c"), label: nil))
        #expect(tree.node(at: [2]) == nil)
        #expect(tree.node(at: [0, 0]) == nil)
        #expect(tree.label?.english == "root")
        #expect(tree.children.count == 2)
    }
}
