
// ---------------------------------------------------------------------------------------------
// Fuzz/Package.fuzz.swift — appended by tools/fuzz.sh to a copy of the main Package.swift in a
// scratch folder, so that the fuzz targets build against the package's own modules and
// dependencies while the main manifest stays untouched. Not a manifest on its own.
// ---------------------------------------------------------------------------------------------
package.targets += [
    // SwiftPM links executables with their own `main`: each target's main.swift hands over to
    // libFuzzer through LLVMFuzzerRunDriver.
    .target(name: "FuzzerDriver", path: "Fuzz/Targets/FuzzerDriver"),
    .executableTarget(
        name: "PlanFuzz",
        dependencies: ["FuzzerDriver", "PlanFormat", "Scheduling", "Feeds", "YAMLReading", "Bilingual", "CivilTime"],
        path: "Fuzz/Targets/PlanFuzz"
    ),
    .executableTarget(
        name: "ICSFuzz",
        dependencies: ["FuzzerDriver", "ICalendar", "PlaceCalendars", "CivilTime", "Bilingual"],
        path: "Fuzz/Targets/ICSFuzz"
    ),
]
package.products += [
    .executable(name: "PlanFuzz", targets: ["PlanFuzz"]),
    .executable(name: "ICSFuzz", targets: ["ICSFuzz"]),
]
