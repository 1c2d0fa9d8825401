// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Comply",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "comply", targets: ["comply"]),
        .executable(name: "comply-conformance", targets: ["comply-conformance"]),
        .executable(name: "comply-bench", targets: ["comply-bench"]),
        .library(name: "YAML", targets: ["YAML"]),
        .library(name: "CEL", targets: ["CEL"]),
        .library(name: "Comply", targets: ["Comply"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // The system libyaml (Debian's libyaml-dev), never a vendored copy.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "YAML", dependencies: ["CYAML"]),
        .target(
            name: "CEL",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")]
        ),
        .target(name: "Comply", dependencies: ["YAML", "CEL"]),
        .target(name: "ComplyReports", dependencies: ["Comply"]),
        .target(name: "Conformance", dependencies: ["YAML", "CEL"]),
        .executableTarget(
            name: "comply",
            dependencies: [
                "Comply", "ComplyReports", "YAML", "CEL",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "comply-conformance",
            dependencies: [
                "Conformance",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "comply-bench",
            dependencies: [
                "Comply", "YAML", "CEL", "CYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "CELTests", dependencies: ["CEL"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "ComplyTests", dependencies: ["Comply", "YAML", "CEL"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["Conformance"],
            exclude: ["cel", "yaml"]
        ),
        .testTarget(name: "ComplyReportsTests", dependencies: ["ComplyReports", "Comply", "CEL"]),
        .testTarget(name: "complyTests", dependencies: ["comply"]),
    ],
    swiftLanguageModes: [.v6]
)
