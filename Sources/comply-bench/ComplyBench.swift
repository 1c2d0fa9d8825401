import ArgumentParser

/// Benchmarks of the YAML loader and the CEL engine, run by `Benchmarks/run.sh` next to
/// their peers (libyaml's raw event loop in C, CEL-Rust).
@main
struct ComplyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comply-bench",
        abstract: "Throughput of Comply's YAML loader and CEL engine on the peer workloads.",
        subcommands: [YAMLBenchmark.self, CELBenchmark.self, CheckBenchmark.self]
    )
}
