import YAMLReading

/// Bounds on what a plan may ask for, so that no input can exhaust memory or time.
public enum PlanLimits {
    /// Largest plan file read, in bytes.
    public static let maximumFileBytes = 5 * 1024 * 1024
    /// YAML nodes visited per file, aliases expanded.
    public static let maximumNodes = YAMLReader.defaultNodeBudget
    /// Mistakes reported per file; past this many the rest are left out.
    public static let maximumIssues = 50
    /// Occurrences generated for one repeated activity.
    public static let maximumOccurrences = 1_000
    /// Years a plan's horizon may cover: those whose holidays the calendars know.
    public static let horizonYears = 1990...2100
    /// Window days of a plan's open events, counted once per occurrence of a series.
    public static let maximumCandidateDays = 10_000
}
