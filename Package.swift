// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Jumelage",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jumelage", targets: ["CLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibical",
            pkgConfig: "libical",
            providers: [.apt(["libical-dev"])]
        ),
        .target(name: "CivilTime"),
        .target(name: "Bilingual"),
        .target(name: "FeedLint"),
        .target(name: "ICalendar", dependencies: ["CLibical", "CivilTime"]),
        .target(name: "PlaceCalendars", dependencies: ["Bilingual", "CivilTime", "ICalendar", "Yams"]),
        .target(
            name: "Planner",
            dependencies: [
                "Bilingual", "CivilTime", "ICalendar", "PlaceCalendars", "Yams",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "CLI",
            dependencies: [
                "Bilingual", "Planner", "PlaceCalendars", "ICalendar", "CivilTime", "FeedLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ICalendarSelfCheck", dependencies: ["ICalendar", "CivilTime"], path: "Tools/ICalendarSelfCheck"),
        .testTarget(name: "CivilTimeTests", dependencies: ["CivilTime"]),
        .testTarget(name: "FeedLintTests", dependencies: ["FeedLint"]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar", "CivilTime"]),
        .testTarget(name: "PlaceCalendarsTests", dependencies: ["Bilingual", "PlaceCalendars", "CivilTime"]),
        .testTarget(name: "PlannerTests", dependencies: ["Bilingual", "Planner", "ICalendar", "CivilTime", "FeedLint"]),
    ],
    swiftLanguageModes: [.v6]
)
