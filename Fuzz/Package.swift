// swift-tools-version: 6.0
// libFuzzer targets for Comply's YAML loader and CEL engine. A separate package, so that the
// main package's build never sees -sanitize=fuzzer; see README.md for how to run them.
import PackageDescription

let package = Package(
    name: "ComplyFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Comply", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "FuzzYAML",
            dependencies: [.product(name: "YAML", package: "Comply")]
        ),
        .executableTarget(
            name: "FuzzCEL",
            dependencies: [.product(name: "CEL", package: "Comply")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
