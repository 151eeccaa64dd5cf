import Bilingual
import CalendarData
import Foundation
import YAMLReading

/// The one place every command gets its calendars from: the data shipped in the binary
/// (`calendars/holidays`, `calendars/blackouts`, `calendars/academic` of the repository), with
/// the files of a `--calendars DIR` folder added, each replacing the shipped file of the same
/// name (`DIR/holidays/BE.yaml` replaces Belgium's holidays; `DIR/holidays/SN.yaml` adds a
/// jurisdiction). DIR may hold any of the three subfolders. A mistake in the data, shipped or
/// added, is a `SourceError` naming `file:line:column` and the fix.
public enum CalendarLibrary {
    /// Jurisdictions with holidays, shipped or added.
    public static func holidays(overrides: URL? = nil) throws -> HolidayCatalog {
        try holidayCache.catalog(overrides: overrides, folder: "holidays") {
            try HolidayCatalog(
                sources: sources(
                    EmbeddedCalendarFiles.holidays, overrides: overrides, folder: "holidays",
                    holding: .jurisdiction))
        }
    }

    /// Jurisdictions with blackout periods, shipped or added.
    public static func blackouts(overrides: URL? = nil) throws -> BlackoutCatalog {
        try blackoutCache.catalog(overrides: overrides, folder: "blackouts") {
            try BlackoutCatalog(
                sources: sources(
                    EmbeddedCalendarFiles.blackouts, overrides: overrides, folder: "blackouts",
                    holding: .jurisdiction))
        }
    }

    /// Academic calendars of institutions, shipped or added.
    public static func academic(overrides: URL? = nil) throws -> AcademicCatalog {
        try academicCache.catalog(overrides: overrides, folder: "academic") {
            try AcademicCatalog(
                sources: sources(
                    EmbeddedCalendarFiles.academic, overrides: overrides, folder: "academic",
                    holding: .institution))
        }
    }

    private static let holidayCache = CatalogCache<HolidayCatalog>()
    private static let blackoutCache = CatalogCache<BlackoutCatalog>()
    private static let academicCache = CatalogCache<AcademicCatalog>()

    /// Checks that an override folder exists and holds at least one of the three subfolders, so
    /// that a mistyped `--calendars` is an error rather than the shipped data used in silence.
    public static func checkOverrides(_ directory: URL) throws {
        let location = SourceLocation(file: directory.path, line: 0, column: 0)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw SourceError([
                SourceIssue(
                    location,
                    LocalizedText(fr: "--calendars ne nomme aucun dossier", en: "--calendars names no folder"),
                    hint: LocalizedText(
                        fr: "nommez un dossier qui contient des sous-dossiers holidays/, blackouts/ ou academic/ de fichiers .yaml",
                        en: "name a folder holding holidays/, blackouts/ or academic/ subfolders of .yaml files"))
            ])
        }
        let present = ["holidays", "blackouts", "academic"].filter {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
        }
        guard !present.isEmpty else {
            throw SourceError([
                SourceIssue(
                    location,
                    LocalizedText(
                        fr: "le dossier ne contient aucun sous-dossier holidays/, blackouts/ ou academic/",
                        en: "the folder holds no holidays/, blackouts/ or academic/ subfolder"),
                    hint: LocalizedText(
                        fr: "mettez les fichiers .yaml dans DIR/holidays, DIR/blackouts ou DIR/academic et nommez DIR avec --calendars",
                        en: "put the .yaml files in DIR/holidays, DIR/blackouts or DIR/academic and name DIR with --calendars"))
            ])
        }
    }

    static func sources(
        _ files: [(path: String, text: String)], overrides: URL?, folder: String,
        holding what: LocalizedText
    ) throws -> [CalendarSource] {
        let shipped = files.map { CalendarSource(path: $0.path, text: $0.text) }
        guard let overrides else { return shipped }
        try checkOverrides(overrides)
        let directory = overrides.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: directory.path) else { return shipped }
        let added = try CalendarSource.folder(directory, holding: what)
        let replaced = Set(added.map(\.stem))
        return shipped.filter { !replaced.contains($0.stem) } + added
    }
}
