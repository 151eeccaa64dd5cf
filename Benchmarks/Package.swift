// swift-tools-version: 6.1
// Micro-benchmarks of Jumelage's hot paths (ordo-one/benchmark) and the FeedBench executable of
// bench/feeds.sh. A package of its own, so that the main package does not depend on the benchmark
// tooling: `swift package --package-path Benchmarks benchmark` runs the benchmarks.
import Foundation
import PackageDescription

// The main package, by path. A path dependency's identity is its folder's name (main, a worktree,
// a CI clone), so it is read here rather than written.
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let jumelage = mainPackage.lastPathComponent.lowercased()

let package = Package(
    name: "JumelageBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "FeedBench",
            dependencies: [.product(name: "JumelageLibrary", package: jumelage)],
            path: "Sources/FeedBench"
        ),
        .executableTarget(
            name: "HotPaths",
            dependencies: [
                .product(name: "JumelageLibrary", package: jumelage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/HotPaths",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
