import ArgumentParser
import Foundation
import YAML

/// MB/s of the YAML loader building nodes, measured the way `Benchmarks/yaml/yaml_bench.c`
/// measures libyaml's raw event loop, so the two numbers divide.
///
/// The corpus is read into memory first (untimed). `docs` splits it at lines starting with
/// `---` and loads each document on its own, as loading one profile file at a time does;
/// `stream` loads the whole multi-document buffer at once. 1 MB = 10^6 bytes.
///
/// `--paired` also runs libyaml's raw event loop (`LibYAMLEventLoop`, the calls
/// `yaml_bench.c` makes) on the same pieces, alternating with the loader every few
/// documents, and reports the ratio of the two summed times: on a VM whose speed drifts
/// by a third within a minute, only work interleaved this finely sees the same machine.
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

    @Flag(help: "Alternate libyaml's raw event loop and the loader on the same pieces, and report both.")
    var paired = false

    func run() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: corpus)))
        let pieces: [[UInt8]]
        switch mode {
        case .docs: pieces = Self.documents(of: bytes).map { Array(bytes[$0]) }
        case .stream: pieces = [bytes]
        }
        let loader = YAMLLoader(limits: YAMLLoader.Limits(maxInputBytes: max(bytes.count, 64 << 20)))
        if paired {
            try runPaired(pieces, bytes: bytes.count, loader: loader)
            return
        }
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

    /// Pieces per turn: long enough that reading the clock costs nothing, short enough
    /// (a few milliseconds) that both sides of a pair run on the same machine.
    private static let piecesPerTurn = 32

    private func runPaired(_ pieces: [[UInt8]], bytes: Int, loader: YAMLLoader) throws {
        let events = LibYAMLEventLoop()
        let clock = ContinuousClock()
        var eventSeconds: [Double] = []
        var loaderSeconds: [Double] = []
        var documents = (events: 0, loader: 0)
        for rep in 0..<max(1, reps) {
            var eventTime = Duration.zero
            var loaderTime = Duration.zero
            documents = (0, 0)
            for (turn, first) in stride(from: 0, to: pieces.count, by: Self.piecesPerTurn).enumerated() {
                let batch = pieces[first..<min(first + Self.piecesPerTurn, pieces.count)]
                // Which side goes first alternates, turn by turn and rep by rep (a stream is one
                // turn), so neither always finds the caches warm or the machine in one mood.
                for side in (turn + rep) % 2 == 0 ? [0, 1] : [1, 0] {
                    let start = clock.now
                    if side == 0 {
                        for piece in batch {
                            documents.events += try piece.withUnsafeBufferPointer { buffer in
                                try events.run(buffer)
                            }
                        }
                        eventTime += clock.now - start
                    } else {
                        for piece in batch {
                            documents.loader += try loader.load(bytes: piece, file: corpus).count
                        }
                        loaderTime += clock.now - start
                    }
                }
            }
            eventSeconds.append(eventTime.seconds)
            loaderSeconds.append(loaderTime.seconds)
            print(
                "rep \(rep + 1): libyaml events \(formatted(eventSeconds[rep], digits: 3))s, "
                    + "loader \(formatted(loaderSeconds[rep], digits: 3))s, "
                    + "ratio \(formatted(eventSeconds[rep] / loaderSeconds[rep], digits: 3))")
        }
        guard documents.events == documents.loader else {
            throw LibYAMLEventLoop.Failure(
                description:
                    "the event loop saw \(documents.events) documents, the loader \(documents.loader)")
        }
        let megabytes = Double(bytes) / 1e6
        let ratios = zip(eventSeconds, loaderSeconds).map { $0 / $1 }.sorted()
        print(
            "RESULT paired-yaml-\(mode.rawValue) bytes=\(bytes) docs=\(documents.loader) "
                + "events_MBps_best=\(formatted(megabytes / (eventSeconds.min() ?? 1), digits: 1)) "
                + "loader_MBps_best=\(formatted(megabytes / (loaderSeconds.min() ?? 1), digits: 1)) "
                + "ratio_median=\(formatted(ratios[ratios.count / 2], digits: 3)) "
                + "ratio_min=\(formatted(ratios.first ?? 0, digits: 3)) ratio_max=\(formatted(ratios.last ?? 0, digits: 3))"
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
