import ArgumentParser
import Foundation
import YAML

/// MB/s of the YAML loader building nodes, measured the way `Benchmarks/yaml/yaml_bench.c`
/// measures libyaml's raw event loop, so the two numbers divide.
///
/// The corpus is read into memory first (untimed). `docs` splits it at lines starting with
/// `---` and loads each document on its own, as loading one profile file at a time does;
/// `stream` loads the whole multi-document buffer at once. 1 MB = 10^6 bytes.
struct YAMLBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yaml",
        abstract: "Load a multi-document YAML corpus into nodes and report MB/s."
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case docs
        case stream
    }

    @Argument(help: "The corpus (gen_yaml_corpus.py writes corpus.yaml).")
    var corpus: String

    @Option(help: "docs: one load per document; stream: one load of the whole file.")
    var mode: Mode = .docs

    @Option(help: "Timed repetitions.")
    var reps = 3

    func run() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: corpus)))
        let pieces: [[UInt8]]
        switch mode {
        case .docs: pieces = Self.documents(of: bytes).map { Array(bytes[$0]) }
        case .stream: pieces = [bytes]
        }
        let loader = YAMLLoader(limits: YAMLLoader.Limits(maxInputBytes: max(bytes.count, 64 << 20)))
        var timing = Repetitions()
        var documents = 0
        var nodes = 0
        for rep in 0..<max(1, reps) {
            var loaded = 0
            var counted = 0
            try timing.measure {
                for piece in pieces {
                    let result = try loader.load(bytes: piece, file: corpus)
                    loaded += result.count
                    // The first rep also walks the trees, to show they were built in full;
                    // later reps only build and drop them, as the C loop frees its events.
                    if rep == 0 { counted += result.reduce(0) { $0 + Self.count($1) } }
                }
            }
            documents = loaded
            if rep == 0 { nodes = counted }
        }
        let megabytes = Double(bytes.count) / 1e6
        print("swift-yaml-\(mode.rawValue): reps \(timing.summary) (rep 1 also counts nodes)")
        print(
            "RESULT swift-yaml-\(mode.rawValue) bytes=\(bytes.count) docs=\(documents) nodes=\(nodes) "
                + "min_s=\(formatted(timing.best, digits: 4)) median_s=\(formatted(timing.median, digits: 4)) "
                + "MBps_best=\(formatted(megabytes / timing.best, digits: 1)) "
                + "MBps_median=\(formatted(megabytes / timing.median, digits: 1))"
        )
    }

    /// Byte ranges of the documents: each starts at a line beginning with `---` followed by
    /// a line break, a space or the end (the rule yaml_bench.c uses).
    static func documents(of bytes: [UInt8]) -> [Range<Int>] {
        var starts: [Int] = []
        let dash = UInt8(ascii: "-")
        var index = 0
        while index + 3 <= bytes.count {
            if (index == 0 || bytes[index - 1] == 0x0A) && bytes[index] == dash && bytes[index + 1] == dash
                && bytes[index + 2] == dash
                && (index + 3 == bytes.count || bytes[index + 3] == 0x0A || bytes[index + 3] == 0x20)
            {
                starts.append(index)
            }
            index += 1
        }
        return starts.enumerated().map { position, start in
            start..<(position + 1 < starts.count ? starts[position + 1] : bytes.count)
        }
    }

    /// Nodes in a tree, keys included.
    static func count(_ node: Node) -> Int {
        switch node.kind {
        case .scalar: return 1
        case .sequence(let items): return items.reduce(1) { $0 + count($1) }
        case .mapping(let entries): return entries.reduce(1) { $0 + count($1.key) + count($1.value) }
        }
    }
}
