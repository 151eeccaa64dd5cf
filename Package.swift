// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Jumelage",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jumelage", targets: ["CLI"]),
        // For the micro-benchmarks package under Benchmarks/.
        .library(name: "JumelageLibrary", targets: [
            "Bilingual", "CivilTime", "FeedLint", "ICalendar", "PlaceCalendars", "YAMLReading", "PlanModel", "PlanFormat", "Registry", "Scheduling",
            "FeedModel", "Feeds", "Mobility", "Publishing",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
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
        .target(name: "ICalendar", dependencies: ["CLibical", "CivilTime", "Bilingual"]),
        // Generated: the holiday, blackout and academic data of calendars/, shipped in the binary.
        .target(name: "CalendarData"),
        .target(name: "PlaceCalendars", dependencies: ["CalendarData", "YAMLReading", "Bilingual", "CivilTime", "ICalendar", "Yams"]),
        .target(name: "YAMLReading", dependencies: ["Bilingual", "CivilTime", "Yams"]),
        .target(name: "PlanModel", dependencies: ["YAMLReading", "PlaceCalendars", "Bilingual", "CivilTime"]),
        .target(name: "PlanFormat", dependencies: ["PlanModel", "YAMLReading", "PlaceCalendars", "Bilingual", "CivilTime", "Yams"]),
        .target(name: "Registry", dependencies: ["Scheduling", "PlanModel", "Bilingual", "CivilTime"]),
        .target(name: "Scheduling", dependencies: ["PlanModel", "PlanFormat", "YAMLReading", "PlaceCalendars", "Bilingual", "CivilTime", "ICalendar"]),
        .target(name: "FeedModel", dependencies: ["ICalendar", "Bilingual"]),
        .target(name: "Feeds", dependencies: ["FeedModel", "Scheduling", "PlanModel", "PlanFormat", "PlaceCalendars", "ICalendar", "Bilingual", "CivilTime"]),
        .target(name: "Invitations", dependencies: ["ICalendar", "Scheduling", "PlanModel", "Bilingual", "CivilTime"]),
        // Invitations by email: the outbox in the ledger's file and the SMTP client that empties it.
        .target(
            name: "Delivery",
            dependencies: [
                "Invitations", "Scheduling", "Bilingual", "CivilTime",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(name: "Mobility", dependencies: ["FeedModel", "Scheduling", "PlanModel", "PlanFormat", "YAMLReading", "PlaceCalendars", "ICalendar", "Bilingual", "CivilTime"]),
        .target(
            name: "Publishing",
            dependencies: [
                "FeedModel", "ICalendar", "Bilingual", "CivilTime",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "FeedServer",
            dependencies: [
                "Publishing", "FeedModel", "Bilingual", "CivilTime",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // Pushes published feeds into CalDAV calendar collections, with what was pushed kept in the ledger's file.
        .target(
            name: "CalDAVPush",
            dependencies: [
                "Bilingual",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The coordinators' workspace: plan edits that keep comments, the store, the server.
        .target(name: "PlanEditing", dependencies: ["YAMLReading", "Bilingual", "Yams"]),
        .target(
            name: "WorkspaceStore",
            dependencies: [
                "Bilingual",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Plans of a workspace, planned and saved; who is signed in and what they may see.
        .target(
            name: "WorkspaceCore",
            dependencies: [
                "WorkspaceStore", "PlanEditing", "Pages", "Publishing", "FeedModel", "Feeds", "Mobility", "Scheduling", "PlanModel",
                "PlanFormat", "PlaceCalendars", "YAMLReading", "Bilingual", "CivilTime",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
            ]
        ),
        // The workspace's pages: safe HTML, forms, views, style and script.
        .target(
            name: "WorkspacePages",
            dependencies: [
                "WorkspaceCore", "WorkspaceStore", "PlanEditing", "Scheduling", "PlanModel", "PlaceCalendars", "YAMLReading", "Bilingual",
                "CivilTime", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // The same two stores on PostgreSQL: many offices, one service.
        .target(
            name: "WorkspacePostgres",
            dependencies: [
                "WorkspaceStore", "Delivery", "Invitations", "Bilingual",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // `jumelage migrate`: a workspace's SQLite file and plans into PostgreSQL, verified.
        .target(
            name: "StoreMigration",
            dependencies: [
                "WorkspaceStore", "WorkspacePostgres", "Bilingual",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The publication ledger on PostgreSQL: one publication at a time for every server, the same bytes everywhere.
        .target(
            name: "PublishingPostgres",
            dependencies: [
                "Publishing", "WorkspacePostgres", "FeedModel", "Bilingual",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "WorkspaceServer",
            dependencies: [
                "WorkspaceCore", "WorkspacePages", "WorkspaceStore", "WorkspacePostgres", "PublishingPostgres", "PlanEditing", "FeedServer", "Publishing", "FeedModel",
                "Invitations", "Delivery", "CalDAVPush",
                "Scheduling", "PlanModel", "PlaceCalendars", "YAMLReading", "Bilingual", "CivilTime", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Date polls: proposals put to a delegation, personal links, answers, the confirmed date.
        .target(
            name: "WorkspacePolls",
            dependencies: [
                "WorkspaceServer", "WorkspaceCore", "WorkspacePages", "WorkspaceStore", "Delivery", "Invitations", "ICalendar", "PlanEditing",
                "Scheduling", "PlanModel", "Bilingual",
                "CivilTime", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .target(
            name: "Pages",
            dependencies: [
                "PlanModel", "PlanFormat", "Scheduling", "Registry", "Mobility", "FeedModel", "Bilingual", "CivilTime", "PlaceCalendars",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "CLI",
            dependencies: [
                "Bilingual", "YAMLReading", "PlanModel", "PlanFormat", "Scheduling", "Registry", "FeedModel", "Feeds", "Mobility", "Publishing", "PlaceCalendars", "ICalendar", "CivilTime", "FeedLint", "Pages", "FeedServer", "WorkspaceServer", "WorkspaceStore", "WorkspacePostgres", "PublishingPostgres",
                "Invitations", "Delivery", "CalDAVPush", "WorkspacePolls", "StoreMigration",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "ICalendarSelfCheck", dependencies: ["ICalendar", "CivilTime"], path: "Tools/ICalendarSelfCheck"),
        .target(name: "TestSupport", dependencies: ["Publishing", "Feeds", "Scheduling", "FeedModel", "Bilingual"], path: "Tests/TestSupport"),
        .testTarget(name: "BilingualTests", dependencies: ["Bilingual"]),
        .testTarget(name: "CivilTimeTests", dependencies: ["CivilTime"]),
        .testTarget(name: "FeedLintTests", dependencies: ["FeedLint"]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar", "CivilTime"]),
        .testTarget(name: "PlaceCalendarsTests", dependencies: ["Bilingual", "YAMLReading", "PlaceCalendars", "CivilTime", "TestSupport"]),
        .testTarget(name: "PublishingTests", dependencies: ["Bilingual", "YAMLReading", "PlanModel", "PlanFormat", "Scheduling", "Registry", "FeedModel", "Feeds", "Mobility", "Publishing", "PlaceCalendars", "ICalendar", "CivilTime", "FeedLint", "TestSupport"]),
        .testTarget(
            name: "FeedServerTests",
            dependencies: [
                "FeedServer", "Publishing", "FeedModel", "Feeds", "Scheduling", "PlanModel", "PlanFormat", "CivilTime", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ]
        ),
        .testTarget(name: "MobilityTests", dependencies: ["Bilingual", "YAMLReading", "PlanModel", "PlanFormat", "Scheduling", "Registry", "FeedModel", "Feeds", "Mobility", "Publishing", "PlaceCalendars", "ICalendar", "CivilTime", "FeedLint", "TestSupport"]),
        .testTarget(name: "PagesTests", dependencies: ["Bilingual", "YAMLReading", "PlanModel", "PlanFormat", "Scheduling", "Registry", "FeedModel", "Feeds", "Mobility", "Publishing", "PlaceCalendars", "ICalendar", "CivilTime", "FeedLint", "Pages", "TestSupport"]),
        .testTarget(name: "PlannerTests", dependencies: ["Bilingual", "YAMLReading", "PlanModel", "PlanFormat", "Scheduling", "Registry", "FeedModel", "Feeds", "Mobility", "Publishing", "PlaceCalendars", "ICalendar", "CivilTime", "FeedLint", "TestSupport"]),
        .testTarget(
            name: "InvitationTests",
            dependencies: ["Invitations", "ICalendar", "Scheduling", "PlanModel", "PlanFormat", "Bilingual", "CivilTime", "TestSupport"]),
        .testTarget(
            name: "DeliveryTests",
            dependencies: [
                "Delivery", "Invitations", "Publishing", "Bilingual", "CivilTime",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "PlanEditingTests", dependencies: ["PlanEditing", "PlanFormat", "PlanModel", "YAMLReading", "Bilingual", "TestSupport"]),
        .testTarget(name: "CalDAVPushTests", dependencies: ["CalDAVPush", "Publishing", "Bilingual"]),
        .testTarget(name: "WorkspaceStoreTests", dependencies: ["WorkspaceStore", "WorkspacePostgres", "Delivery", "Invitations"]),
        .testTarget(
            name: "WorkspaceServerTests",
            dependencies: [
                "WorkspaceServer", "WorkspaceCore", "WorkspacePages", "WorkspaceStore", "WorkspacePostgres", "PlanEditing", "Publishing",
                "TestSupport", "WorkspacePolls", "Scheduling", "CivilTime", "StoreMigration", "PublishingPostgres",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
