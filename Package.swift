// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "gmg-reports",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gmg", targets: ["gmg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libxlsxwriter from Debian's libxlsxwriter-dev.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The typed table model every query result and renderer shares.
        .target(name: "GMGTable"),
        // Loading and validating Data/ (and the interchange CSV) into a model.
        .target(name: "GMGData", dependencies: ["GMGTable"]),
        // The embedded SQLite database and the saved queries of Queries/.
        .target(
            name: "GMGQuery",
            dependencies: [
                "GMGData", "GMGTable",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // CSV and Markdown renderers.
        .target(name: "GMGRender", dependencies: ["GMGTable"]),
        // XLSX renderer over libxlsxwriter.
        .target(name: "GMGXLSX", dependencies: ["GMGTable", "CXlsxWriter"]),
        // Atomic, locked, manifest-checked publication of build folders.
        .target(
            name: "GMGPublish",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // PDF and Word documents from HTML through external converters (WeasyPrint, pandoc, rsvg-convert).
        .target(name: "GMGDocuments", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Report definitions (Reports/) assembled from saved queries.
        .target(
            name: "GMGReports",
            dependencies: [
                "GMGData", "GMGQuery", "GMGTable", "GMGRender", "GMGXLSX", "GMGPublish", "GMGDocuments",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The benchmark workload (../shared/bench/WORKLOAD.md) on the one engine: the one loader, the saved
        // queries and the product's renderers, with the workbook written on a second thread.
        .target(
            name: "GMGWorkload",
            dependencies: [
                "GMGData", "GMGTable", "GMGRender", "GMGXLSX", "GMGQuery",
            ]
        ),
        // zlib from Debian's zlib1g-dev, for inflating the parts of XLSX files.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Reading XLSX files (ZIP + XML) as untrusted input, bounded; nothing GMG-specific.
        .target(name: "GMGSpreadsheetReader", dependencies: ["CZlib"]),
        // Agency returns: making the spreadsheets, reading them back, merging them into progress.
        .target(
            name: "GMGReturns",
            dependencies: [
                "GMGData", "GMGTable", "GMGXLSX", "GMGSpreadsheetReader",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "gmg",
            dependencies: [
                "GMGData", "GMGQuery", "GMGTable", "GMGRender", "GMGXLSX", "GMGReports", "GMGPublish", "GMGWorkload",
                "GMGReturns", "GMGDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GMGTableTests", dependencies: ["GMGTable"]),
        .testTarget(name: "GMGDataTests", dependencies: ["TestSupport", "GMGData"]),
        .testTarget(
            name: "GMGQueryTests",
            dependencies: [
                "GMGQuery", "GMGData", "GMGTable", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "GMGRenderTests", dependencies: ["TestSupport", "GMGRender", "GMGXLSX", "GMGTable"]),
        .testTarget(name: "GMGPublishTests", dependencies: ["TestSupport", "GMGPublish"]),
        .testTarget(name: "GMGReportsTests", dependencies: ["TestSupport", "GMGReports", "GMGQuery", "GMGData"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "gmg"], exclude: ["returns_corpus.py"]),
        .testTarget(name: "GMGReturnsTests", dependencies: ["TestSupport", "GMGReturns", "GMGData", "GMGSpreadsheetReader", "GMGXLSX"]),
        .testTarget(name: "GMGDocumentsTests", dependencies: ["TestSupport", "GMGDocuments", "GMGRender", "GMGTable"]),
        .testTarget(name: "GMGSpreadsheetReaderTests", dependencies: ["TestSupport", "GMGSpreadsheetReader"], exclude: ["fixtures.py"]),
        .testTarget(name: "GMGWorkloadTests", dependencies: ["TestSupport", "GMGWorkload", "GMGData", "GMGTable", "GMGXLSX"]),
    ],
    swiftLanguageModes: [.v6]
)
